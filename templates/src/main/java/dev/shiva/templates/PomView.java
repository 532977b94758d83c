package dev.shiva.templates;

import java.util.List;
import java.util.Objects;

/**
 * What {@code pom.xml.mustache} needs to write a generated service's pom.
 *
 * @param basePackage the service's Java package; names the Micronaut AOT package
 * @param javaRelease the {@code --release} of the service (17)
 * @param mainClass fully qualified class with {@code main}, for {@code exec.mainClass}
 * @param rmq an {@code rmq} connection exists: Micronaut RabbitMQ
 * @param redis a {@code redis} connection exists: Micronaut Redis (Lettuce)
 * @param postgres a {@code postgres} connection exists: Micronaut Data R2DBC and its processor
 * @param mongodb a {@code mongodb} connection exists: Micronaut MongoDB (reactive)
 * @param extraDependencies further dependencies (for example the S3 client), in this order
 */
public record PomView(
        String groupId,
        String artifactId,
        String version,
        String name,
        String description,
        String basePackage,
        int javaRelease,
        String mainClass,
        PomVersions versions,
        boolean rmq,
        boolean redis,
        boolean postgres,
        boolean mongodb,
        List<MavenDependency> extraDependencies) {

    public PomView {
        ViewChecks.key("groupId", groupId);
        ViewChecks.key("artifactId", artifactId);
        ViewChecks.key("version", version);
        ViewChecks.xmlText("name", name);
        ViewChecks.xmlText("description", description);
        ViewChecks.key("basePackage", basePackage);
        ViewChecks.key("mainClass", mainClass);
        if (javaRelease < 17) {
            throw new IllegalArgumentException("javaRelease must be 17 or later (Micronaut 4): " + javaRelease);
        }
        Objects.requireNonNull(versions, "versions");
        extraDependencies = ViewChecks.list("extraDependencies", extraDependencies);
    }
}
