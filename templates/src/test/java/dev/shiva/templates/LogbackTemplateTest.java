package dev.shiva.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogbackTemplateTest {
    private static final String CONSOLE = "/configuration/appender[@name='STDOUT']";
    private static final String SENTRY = "/configuration/appender[@name='SENTRY']";

    private final TemplateRenderer renderer = new TemplateRenderer();

    private Xml render(LogbackView view) {
        return Xml.parse(renderer.render(Templates.LOGBACK_XML, view));
    }

    @Test
    void writesPatternLinesToTheConsoleByDefault() {
        Xml xml = render(Fixtures.logback(false, Optional.empty()));

        assertEquals(List.of("ch.qos.logback.core.ConsoleAppender"), xml.texts("/configuration/appender/@class"));
        assertEquals(LogbackView.DEFAULT_PATTERN, xml.text(CONSOLE + "/encoder/pattern"));
        assertEquals(0, xml.count(CONSOLE + "/encoder/@class"));
        assertEquals("INFO", xml.text("/configuration/root/@level"));
        assertEquals(List.of("STDOUT"), xml.texts("/configuration/root/appender-ref/@ref"));
    }

    @Test
    void usesTheViewsPatternAndLevel() {
        Xml xml = render(new LogbackView("DEBUG", false, "%level %msg%n", Optional.empty()));

        assertEquals("%level %msg%n", xml.text(CONSOLE + "/encoder/pattern"));
        assertEquals("DEBUG", xml.text("/configuration/root/@level"));
    }

    @Test
    void serializeWritesJsonLinesWithLogbacksOwnEncoder() {
        Xml xml = render(Fixtures.logback(true, Optional.empty()));

        assertEquals("ch.qos.logback.core.ConsoleAppender", xml.text(CONSOLE + "/@class"));
        assertEquals("ch.qos.logback.classic.encoder.JsonEncoder", xml.text(CONSOLE + "/encoder/@class"));
        assertEquals("true", xml.text(CONSOLE + "/encoder/withFormattedMessage"));
        assertEquals(0, xml.count(CONSOLE + "/encoder/pattern"));
        assertEquals(List.of("STDOUT"), xml.texts("/configuration/root/appender-ref/@ref"));
    }

    @Test
    void aDsnAddsTheSentryAppenderWithItsLevels() {
        Xml xml = render(Fixtures.logback(true, Optional.of(Fixtures.sentry())));

        assertEquals("io.sentry.logback.SentryAppender", xml.text(SENTRY + "/@class"));
        assertEquals("https://key@o1.ingest.sentry.io/42", xml.text(SENTRY + "/options/dsn"));
        assertEquals("LOCAL", xml.text(SENTRY + "/options/environment"));
        assertEquals("ERROR", xml.text(SENTRY + "/minimumEventLevel"));
        assertEquals("INFO", xml.text(SENTRY + "/minimumBreadcrumbLevel"));
        assertEquals(List.of("STDOUT", "SENTRY"), xml.texts("/configuration/root/appender-ref/@ref"));
    }

    @Test
    void sentryWithoutAnEnvironmentLeavesItOut() {
        SentryView sentry = new SentryView("https://key@o1.ingest.sentry.io/42", Optional.empty(), "WARN", "DEBUG");
        Xml xml = render(Fixtures.logback(false, Optional.of(sentry)));

        assertEquals(0, xml.count(SENTRY + "/options/environment"));
        assertEquals("WARN", xml.text(SENTRY + "/minimumEventLevel"));
        assertEquals("DEBUG", xml.text(SENTRY + "/minimumBreadcrumbLevel"));
        assertEquals(LogbackView.DEFAULT_PATTERN, xml.text(CONSOLE + "/encoder/pattern"));
    }
}
