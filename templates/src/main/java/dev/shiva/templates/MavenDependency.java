package dev.shiva.templates;

import java.util.Optional;
import java.util.Set;

/**
 * One {@code <dependency>} of a generated pom beyond the fixed set, for features added after the
 * template (such as the S3 client).
 *
 * @param version empty when the Micronaut platform manages it
 * @param scope empty for Maven's default ({@code compile})
 */
public record MavenDependency(String groupId, String artifactId, Optional<String> version, Optional<String> scope) {
    private static final Set<String> SCOPES = Set.of("compile", "provided", "runtime", "test");

    public MavenDependency {
        ViewChecks.key("groupId", groupId);
        ViewChecks.key("artifactId", artifactId);
        ViewChecks.optional("version", version).ifPresent(v -> ViewChecks.xmlText("version", v));
        ViewChecks.optional("scope", scope).ifPresent(s -> {
            if (!SCOPES.contains(s)) {
                throw new IllegalArgumentException("scope must be one of " + SCOPES + ": " + s);
            }
        });
    }

    /** A dependency whose version the Micronaut platform manages, in compile scope. */
    public static MavenDependency managed(String groupId, String artifactId) {
        return new MavenDependency(groupId, artifactId, Optional.empty(), Optional.empty());
    }
}
