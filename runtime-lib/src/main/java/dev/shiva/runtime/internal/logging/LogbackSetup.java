package dev.shiva.runtime.internal.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.joran.util.ConfigurationWatchListUtil;
import dev.shiva.runtime.internal.config.LoggingSettings;
import io.sentry.SentryOptions;
import io.sentry.logback.SentryAppender;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@code logging} section of config.yml to logback, before Micronaut starts so that
 * its first lines already follow it. config.yml is what operators change between deployments, so
 * each setting it gives wins over the service's logback.xml; a setting it does not give leaves
 * logback.xml alone. Without any logback configuration the defaults are INFO and {@link
 * #DEFAULT_PATTERN} on standard output (logback's own default, DEBUG, floods with Netty's lines).
 */
public final class LogbackSetup {

    /** Timestamp, level, thread, logger and message: the pattern of the generated logback.xml. */
    public static final String DEFAULT_PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n";

    static final String CONSOLE = "SHIVA_CONSOLE";
    static final String SENTRY = "SHIVA_SENTRY";

    private LogbackSetup() {}

    public static void apply(LoggingSettings settings) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another SLF4J binding: the service configures its logging itself
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        boolean unconfigured = ConfigurationWatchListUtil.getMainWatchURL(context) == null;
        settings.rootLevel()
                .or(() -> unconfigured ? java.util.Optional.of(Level.INFO) : java.util.Optional.empty())
                .ifPresent(root::setLevel);
        if (settings.configuresConsole() || unconfigured) {
            detach(root, ConsoleAppender.class);
            root.addAppender(console(context, settings));
        }
        quietKnownNoise(context);
        settings.sentry().ifPresent(sentry -> {
            detach(root, SentryAppender.class);
            sentry.dsn().ifPresent(dsn -> root.addAppender(sentry(context, dsn, sentry)));
        });
    }

    /**
     * Micronaut Redis closes each named connection twice when the context stops (the client's
     * shutdown, then the connection bean's own close), and Lettuce warns about the second: a WARN at
     * every clean stop of a service with Redis that means nothing. That class logs nothing else at
     * WARN; a level the service's logback.xml sets for it is kept.
     */
    private static void quietKnownNoise(LoggerContext context) {
        Logger lettuceClose = context.getLogger("io.lettuce.core.RedisChannelHandler");
        if (lettuceClose.getLevel() == null) {
            lettuceClose.setLevel(Level.ERROR);
        }
    }

    private static Appender<ILoggingEvent> console(LoggerContext context, LoggingSettings settings) {
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(CONSOLE);
        appender.setEncoder(encoder(context, settings));
        settings.consoleLevel().ifPresent(level -> {
            ThresholdFilter threshold = new ThresholdFilter();
            threshold.setLevel(level.levelStr);
            threshold.setContext(context);
            threshold.start();
            appender.addFilter(threshold);
        });
        appender.start();
        return appender;
    }

    private static Encoder<ILoggingEvent> encoder(LoggerContext context, LoggingSettings settings) {
        if (settings.serialize()) {
            JsonEncoder json = new JsonEncoder();
            json.setContext(context);
            json.start();
            return json;
        }
        PatternLayoutEncoder pattern = new PatternLayoutEncoder();
        pattern.setContext(context);
        pattern.setPattern(settings.format().orElse(DEFAULT_PATTERN));
        pattern.start();
        return pattern;
    }

    private static Appender<ILoggingEvent> sentry(LoggerContext context, String dsn, LoggingSettings.Sentry settings) {
        SentryOptions options = new SentryOptions();
        options.setDsn(dsn);
        settings.environment().ifPresent(options::setEnvironment);
        SentryAppender appender = new SentryAppender();
        appender.setContext(context);
        appender.setName(SENTRY);
        appender.setOptions(options);
        appender.setMinimumEventLevel(settings.eventLevel());
        appender.setMinimumBreadcrumbLevel(Level.INFO);
        appender.start();
        return appender;
    }

    /** Removes the root's appenders of one kind: config.yml replaces them, it does not add a second one. */
    private static void detach(Logger root, Class<?> kind) {
        List<Appender<ILoggingEvent>> found = new ArrayList<>();
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            Appender<ILoggingEvent> appender = it.next();
            if (kind.isInstance(appender)) {
                found.add(appender);
            }
        }
        for (Appender<ILoggingEvent> appender : found) {
            root.detachAppender(appender);
            appender.stop();
        }
    }
}
