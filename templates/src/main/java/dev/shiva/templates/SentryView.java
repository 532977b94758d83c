package dev.shiva.templates;

import java.util.Optional;

/**
 * Sentry through logback ({@code logging.sentry} of config.yml).
 *
 * @param dsn the project's DSN; logback resolves {@code ${VAR}} in it at startup
 * @param environment Sentry's environment tag, if set
 * @param minimumEventLevel log events at or above this level become Sentry events
 * @param minimumBreadcrumbLevel log events at or above this level become breadcrumbs
 */
public record SentryView(
        String dsn, Optional<String> environment, String minimumEventLevel, String minimumBreadcrumbLevel) {

    public SentryView {
        ViewChecks.xmlText("dsn", dsn);
        ViewChecks.optional("environment", environment).ifPresent(e -> ViewChecks.xmlText("environment", e));
        ViewChecks.logLevel("minimumEventLevel", minimumEventLevel);
        ViewChecks.logLevel("minimumBreadcrumbLevel", minimumBreadcrumbLevel);
    }

    /** ERROR events and INFO breadcrumbs: what the Python original meant to send. */
    public static SentryView of(String dsn, Optional<String> environment) {
        return new SentryView(dsn, environment, "ERROR", "INFO");
    }
}
