package dev.shiva.runtime.internal.config;

import ch.qos.logback.classic.Level;
import java.util.Optional;

/**
 * The {@code logging} section. Every setting is optional: what config.yml does not say is left to
 * the service's logback.xml (or to the runtime's defaults when there is none).
 *
 * @param rootLevel {@code logging.level}
 * @param consoleLevel {@code logging.config.level}: a threshold on the console only
 * @param format {@code logging.config.format}, a logback pattern
 * @param serialize {@code logging.config.serialize}: one JSON object per line
 * @param sentry the {@code logging.sentry} section, when written
 */
public record LoggingSettings(
        Optional<Level> rootLevel,
        Optional<Level> consoleLevel,
        Optional<String> format,
        boolean serialize,
        Optional<Sentry> sentry) {

    /** True when config.yml says anything about the console (otherwise logback.xml's console stays). */
    public boolean configuresConsole() {
        return consoleLevel.isPresent() || format.isPresent() || serialize;
    }

    /**
     * {@code logging.sentry}.
     *
     * @param dsn empty when absent or blank: Sentry is off
     * @param eventLevel log events at or above it become Sentry events (default ERROR)
     */
    public record Sentry(Optional<String> dsn, Optional<String> environment, Level eventLevel) {}
}
