package dev.shiva.templates;

/**
 * The versions a generated pom pins. {@link #verified} holds the combination that was resolved,
 * built and run on this project's machines (see DEPENDENCIES.md); change them together.
 *
 * @param micronautPlatform version of {@code io.micronaut.platform:micronaut-parent}
 * @param micronautData {@code micronaut.data.version}: the platform's own is not served
 * @param micronautR2dbc {@code micronaut.r2dbc.version}, matching {@code micronautData}
 * @param sentryLogback version of {@code io.sentry:sentry-logback}
 * @param buildHelperPlugin version of {@code build-helper-maven-plugin} (adds the generated source root)
 * @param shivaRuntime version of {@code dev.shiva:shiva-runtime}, normally the generator's own
 */
public record PomVersions(
        String micronautPlatform,
        String micronautData,
        String micronautR2dbc,
        String sentryLogback,
        String buildHelperPlugin,
        String shivaRuntime) {

    public PomVersions {
        ViewChecks.key("micronautPlatform", micronautPlatform);
        ViewChecks.key("micronautData", micronautData);
        ViewChecks.key("micronautR2dbc", micronautR2dbc);
        ViewChecks.key("sentryLogback", sentryLogback);
        ViewChecks.key("buildHelperPlugin", buildHelperPlugin);
        ViewChecks.key("shivaRuntime", shivaRuntime);
    }

    /** The verified set, with the runtime library of the given version. */
    public static PomVersions verified(String shivaRuntime) {
        return new PomVersions("4.10.8", "4.10.3", "5.7.0", "8.47.0", "3.6.0", shivaRuntime);
    }
}
