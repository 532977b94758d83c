package dev.shiva.runtime.internal.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import dev.shiva.runtime.internal.config.LoggingSettings;
import io.sentry.logback.SentryAppender;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogbackSetupTest {

    private static final LoggingSettings NOTHING =
            new LoggingSettings(Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty());

    private static Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
    }

    @AfterEach
    void restore() {
        LogbackSetup.apply(new LoggingSettings(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.of(new LoggingSettings.Sentry(Optional.empty(), Optional.empty(), Level.ERROR))));
    }

    @SuppressWarnings("unchecked")
    private static ConsoleAppender<ILoggingEvent> console() {
        return (ConsoleAppender<ILoggingEvent>) root().getAppender(LogbackSetup.CONSOLE);
    }

    @Test
    void withoutLogbackXmlTheDefaultsAreInfoAndThePattern() {
        LogbackSetup.apply(NOTHING);
        assertEquals(Level.INFO, root().getLevel());
        PatternLayoutEncoder encoder = (PatternLayoutEncoder) console().getEncoder();
        assertEquals(LogbackSetup.DEFAULT_PATTERN, encoder.getPattern());
    }

    @Test
    void levelFormatAndConsoleThresholdComeFromConfig() {
        LogbackSetup.apply(new LoggingSettings(
                Optional.of(Level.DEBUG),
                Optional.of(Level.WARN),
                Optional.of("%level %msg%n"),
                false,
                Optional.empty()));
        assertEquals(Level.DEBUG, root().getLevel());
        assertEquals("%level %msg%n", ((PatternLayoutEncoder) console().getEncoder()).getPattern());
        ThresholdFilter threshold =
                (ThresholdFilter) console().getCopyOfAttachedFiltersList().get(0);
        assertTrue(threshold.isStarted());
        long consoles = countConsoles();
        assertEquals(1, consoles, "config.yml replaces the console, it does not add a second one");
    }

    @Test
    void serializeWritesOneJsonObjectPerLine() {
        LogbackSetup.apply(
                new LoggingSettings(Optional.empty(), Optional.empty(), Optional.empty(), true, Optional.empty()));
        assertInstanceOf(JsonEncoder.class, console().getEncoder());
    }

    @Test
    void aSentryDsnAddsTheSentryAppenderWithItsLevels() {
        LogbackSetup.apply(new LoggingSettings(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.of(new LoggingSettings.Sentry(
                        Optional.of("https://public@127.0.0.1:9/1"), Optional.of("LOCAL"), Level.WARN))));
        SentryAppender sentry = (SentryAppender) root().getAppender(LogbackSetup.SENTRY);
        assertTrue(sentry.isStarted());
        assertEquals(Level.WARN, sentry.getMinimumEventLevel());
        assertEquals(Level.INFO, sentry.getMinimumBreadcrumbLevel());

        LogbackSetup.apply(new LoggingSettings(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.of(new LoggingSettings.Sentry(Optional.empty(), Optional.empty(), Level.ERROR))));
        assertNull(root().getAppender(LogbackSetup.SENTRY), "an empty DSN means no Sentry");
    }

    private static long countConsoles() {
        long count = 0;
        for (var it = root().iteratorForAppenders(); it.hasNext(); ) {
            if (it.next() instanceof ConsoleAppender) {
                count++;
            }
        }
        return count;
    }
}
