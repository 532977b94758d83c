package dev.shiva.templates;

import java.util.Optional;

/**
 * What {@code logback.xml.mustache} needs.
 *
 * @param rootLevel the root logger's level ({@code logging.level}, in logback's spelling)
 * @param serialize true: one JSON object per line (logback's JsonEncoder) instead of the pattern
 * @param pattern the console pattern ({@code logging.config.format}); unused when serializing
 * @param sentry the Sentry appender, when config.yml has a DSN
 */
public record LogbackView(String rootLevel, boolean serialize, String pattern, Optional<SentryView> sentry) {
    /** Timestamp, level, thread, logger and message: readable and greppable. */
    public static final String DEFAULT_PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n";

    public LogbackView {
        ViewChecks.logLevel("rootLevel", rootLevel);
        ViewChecks.xmlText("pattern", pattern);
        ViewChecks.optional("sentry", sentry);
    }
}
