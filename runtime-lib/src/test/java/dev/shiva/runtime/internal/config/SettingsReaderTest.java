package dev.shiva.runtime.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import dev.shiva.runtime.ConfigException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SettingsReaderTest {

    private static RuntimeSettings read(String yaml) {
        return SettingsReader.read(
                ConfigTreeBuilder.build(
                        YamlReader.parse(yaml, "config.yml"), "config.yml", Map.<String, String>of()::get),
                "config.yml");
    }

    @Test
    void defaultsWhenNothingIsWritten() {
        RuntimeSettings settings = read("app_name: x\n");
        assertEquals("0.0.0.0", settings.host());
        assertEquals(8085, settings.port());
        assertEquals(10, settings.gracePeriodSeconds());
        assertEquals(1, settings.coroNum());
        assertFalse(settings.uvloop());
        assertEquals(
                new LoggingSettings(Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty()),
                settings.logging());
    }

    @Test
    void readsTheRuntimeValues() {
        RuntimeSettings settings = read("""
                common:
                  uvloop: True
                  coro_num: 3
                  grace_period_seconds: 0
                  web: {host: 127.0.0.1, port: 9000}
                logging:
                  level: WARNING
                  config: {format: '%msg%n', level: SUCCESS, serialize: yes}
                  sentry: {dsn: 'https://k@sentry.example/1', environment: LOCAL, level: CRITICAL}
                dispatchers:
                  m: {dispatcher: metrics_root, enabled: true, uri: /prom, unregister_defaults: true, policy: CONFIG}
                  d: {dispatcher: daemon_root}
                workers:
                  w: {enabled: true, coro: 4}
                  v: {enabled: 1}
                """);
        assertTrue(settings.uvloop());
        assertEquals(3, settings.coroNum());
        assertEquals(0, settings.gracePeriodSeconds());
        assertEquals("127.0.0.1", settings.host());
        assertEquals(9000, settings.port());
        LoggingSettings logging = settings.logging();
        assertEquals(Optional.of(Level.WARN), logging.rootLevel());
        assertEquals(Optional.of(Level.INFO), logging.consoleLevel());
        assertEquals(Optional.of("%msg%n"), logging.format());
        assertTrue(logging.serialize());
        assertEquals(
                new LoggingSettings.Sentry(
                        Optional.of("https://k@sentry.example/1"), Optional.of("LOCAL"), Level.ERROR),
                logging.sentry().orElseThrow());
        assertEquals(
                new DispatcherSettings("m", true, true, DispatcherSettings.Policy.CONFIG, "/prom", true),
                settings.dispatcher("m").orElseThrow());
        assertEquals(
                new DispatcherSettings("d", false, false, DispatcherSettings.Policy.ALL, "/metrics", false),
                settings.dispatcher("d").orElseThrow());
        assertEquals(OptionalInt.of(4), settings.worker("w").orElseThrow().coro());
        assertTrue(settings.worker("w").orElseThrow().enabled());
        assertEquals(
                "workers.w.config", settings.worker("w").orElseThrow().config().path());
        assertFalse(settings.worker("v").orElseThrow().enabled(), "only a literal true enables");
    }

    @Test
    void anEmptySentryDsnMeansNoSentry() {
        assertEquals(
                Optional.empty(),
                read("logging: {sentry: {dsn: ''}}\n")
                        .logging()
                        .sentry()
                        .orElseThrow()
                        .dsn());
        assertEquals(
                Optional.empty(),
                read("logging: {sentry: {dsn: }}\n")
                        .logging()
                        .sentry()
                        .orElseThrow()
                        .dsn());
    }

    @Test
    void wrongValuesAreLocated() {
        assertEquals(
                "config.yml:1:18: logging.level: unknown log level 'LOUD'; use TRACE, DEBUG, INFO, SUCCESS, WARNING, ERROR,"
                        + " CRITICAL or OFF",
                assertThrows(ConfigException.class, () -> read("logging: {level: LOUD}\n"))
                        .getMessage());
        assertEquals(
                "config.yml:1:29: common.coro_num: coro_num must be between 1 and 10000, found 0",
                assertThrows(ConfigException.class, () -> read("common: {web: {}, coro_num: 0}\n"))
                        .getMessage());
        assertEquals(
                "config.yml:1:9: common: expected a mapping",
                assertThrows(ConfigException.class, () -> read("common: [1]\n")).getMessage());
    }
}
