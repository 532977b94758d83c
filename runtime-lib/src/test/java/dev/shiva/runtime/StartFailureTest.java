package dev.shiva.runtime;

import static dev.shiva.runtime.support.TestBlueprint.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.lifecycle.BrokenPrepare;
import com.example.lifecycle.Listed;
import com.example.lifecycle.StatusWeb;
import com.example.orders.Ticker;
import com.example.orders.TickerConfig;
import dev.shiva.runtime.support.ConfigFiles;
import dev.shiva.runtime.support.Events;
import dev.shiva.runtime.support.TestBlueprint;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start that fails says what failed in one line, and undoes what it had started. */
class StartFailureTest {

    @TempDir
    Path directory;

    @BeforeEach
    void reset() {
        Events.reset();
    }

    private ServiceStartException failure(String yaml, ServiceBlueprint blueprint, Map<String, String> environment) {
        Path config = ConfigFiles.write(directory, yaml);
        return assertThrows(
                ServiceStartException.class,
                () -> ShivaApplication.start(
                        StartFailureTest.class, new String[] {"--config", config.toString()}, blueprint, environment));
    }

    private String file() {
        return directory.resolve("config.yml").toString();
    }

    @Test
    void aWorkerWhosePrepareThrowsIsNamedAndThePreparedOnesAreStopped() {
        String yaml = """
                app_name: failing
                dispatchers:
                  daemons:
                    dispatcher: daemon_root
                    enabled: true
                    policy: CONFIG
                workers:
                  listed:
                    worker: listed
                    dispatcher: daemons
                    enabled: true
                  reaper:
                    worker: broken_prepare
                    dispatcher: daemons
                    enabled: true
                """;
        ServiceStartException e = failure(
                yaml,
                TestBlueprint.of("failing", yaml)
                        .dispatcher(
                                "daemons",
                                DispatcherKind.DAEMON,
                                worker("listed", Listed.class),
                                worker("reaper", BrokenPrepare.class)),
                Map.of());
        assertEquals(
                "worker 'reaper' failed to prepare: cannot reach postgresql://orders:***@db.internal:5432/orders",
                e.getMessage());
        assertEquals(ServiceStartException.FAILURE, e.exitCode());
        assertEquals(
                List.of("prepare:listed:0", "stop:listed:0"), Events.all(), "no loop started; stop() undoes prepare()");
    }

    @Test
    void aPortInUseFailsTheStartAfterStoppingThePreparedWorkers() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String yaml = """
                    app_name: failing
                    common:
                      web:
                        host: 127.0.0.1
                        port: %d
                    dispatchers:
                      web:
                        dispatcher: dispatcher_web
                        enabled: true
                    workers:
                      status:
                        worker: status_web
                        dispatcher: web
                        enabled: true
                    """.formatted(taken.getLocalPort());
            ServiceStartException e = failure(
                    yaml,
                    TestBlueprint.of("failing", yaml)
                            .dispatcher("web", DispatcherKind.WEB, worker("status", StatusWeb.class)),
                    Map.of());
            assertTrue(
                    e.getMessage()
                            .startsWith("the HTTP server failed to start on 127.0.0.1:" + taken.getLocalPort() + ": "),
                    e.getMessage());
            assertEquals(List.of("prepare:status:0", "stop:status:0"), Events.all());
        }
    }

    @Test
    void aConfigOfAnotherShapeIsRefusedWithTheDifference() {
        String generatedFrom = """
                app_name: shaped
                dispatchers:
                  daemons:
                    dispatcher: daemon_root
                    enabled: true
                workers:
                  listed:
                    worker: listed
                    dispatcher: daemons
                    enabled: true
                    config:
                      limit: 1
                """;
        String running = """
                app_name: shaped
                dispatchers:
                  daemons:
                    dispatcher: daemon_root
                    enabled: true
                workers:
                  listed:
                    worker: listed
                    dispatcher: daemons
                    enabled: true
                    config:
                      limits:
                        burst: 1
                """;
        ServiceStartException e = failure(
                running,
                TestBlueprint.of("shaped", generatedFrom)
                        .dispatcher("daemons", DispatcherKind.DAEMON, worker("listed", Listed.class)),
                Map.of());
        assertEquals(
                file()
                        + " does not have the shape this service was generated from (added: workers.listed.config.limits,"
                        + " workers.listed.config.limits.burst; removed: workers.listed.config.limit); run 'shiva generate'"
                        + " and rebuild",
                e.getMessage());
        assertTrue(Events.all().isEmpty());
    }

    @Test
    void anUnsetVariableWithoutDefaultIsALocatedError() {
        String yaml = """
                app_name: placeholders
                dispatchers:
                  daemons:
                    dispatcher: daemon_root
                    enabled: true
                workers:
                  ticker:
                    worker: ticker
                    dispatcher: daemons
                    enabled: true
                    config:
                      interval_ms: ${INTERVAL:10}
                      label: ${ORDERS_PG_DSN}
                      limits:
                        burst: 3
                """;
        ServiceStartException e = failure(
                yaml,
                TestBlueprint.of("placeholders", yaml)
                        .dispatcher(
                                "daemons", DispatcherKind.DAEMON, worker("ticker", Ticker.class, TickerConfig::from)),
                Map.of());
        assertEquals(
                file()
                        + ":13:14: workers.ticker.config.label: environment variable ORDERS_PG_DSN is not set and has no default",
                e.getMessage());
    }

    @Test
    void aValueTheTypedConfigCannotBindIsALocatedErrorWithoutItsPassword() {
        String yaml = """
                app_name: binding
                dispatchers:
                  daemons:
                    dispatcher: daemon_root
                    enabled: true
                workers:
                  ticker:
                    worker: ticker
                    dispatcher: daemons
                    enabled: true
                    config:
                      interval_ms: ${INTERVAL}
                      label: x
                      limits:
                        burst: 3
                """;
        ServiceStartException e = failure(
                yaml,
                TestBlueprint.of("binding", yaml)
                        .dispatcher(
                                "daemons", DispatcherKind.DAEMON, worker("ticker", Ticker.class, TickerConfig::from)),
                Map.of("INTERVAL", "amqp://guest:s3cret@rabbit:5672/vhost"));
        assertEquals(
                file() + ":12:20: workers.ticker.config.interval_ms: expected an integer, found string"
                        + " 'amqp://guest:***@rabbit:5672/vhost'",
                e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"));
    }

    @Test
    void aWrongRuntimeSettingIsALocatedError() {
        String yaml = """
                app_name: settings
                common:
                  web:
                    port: 70000
                """;
        ServiceStartException e = failure(yaml, TestBlueprint.of("settings", yaml), Map.of());
        assertEquals(file() + ":4:11: common.web.port: port must be between 0 and 65535, found 70000", e.getMessage());
    }

    @Test
    void policyGroupIsRefused() {
        String yaml = """
                app_name: settings
                dispatchers:
                  daemons:
                    dispatcher: daemon_root
                    enabled: true
                    policy: GROUP
                """;
        ServiceStartException e = failure(
                yaml, TestBlueprint.of("settings", yaml).dispatcher("daemons", DispatcherKind.DAEMON), Map.of());
        assertTrue(
                e.getMessage().startsWith(file() + ":6:13: dispatchers.daemons.policy: policy GROUP is not supported"),
                e.getMessage());
    }

    @Test
    void aWorkerClassThatIsNoBeanHereIsNamed() {
        String yaml = """
                app_name: failing
                dispatchers:
                  daemons:
                    dispatcher: daemon_root
                    enabled: true
                    policy: CONFIG
                workers:
                  elsewhere:
                    worker: keyed
                    dispatcher: daemons
                    enabled: true
                """;
        ServiceStartException e = failure(
                yaml,
                TestBlueprint.of("failing", yaml)
                        .dispatcher(
                                "daemons",
                                DispatcherKind.DAEMON,
                                worker("elsewhere", com.example.lifecycle.Keyed.class)),
                Map.of());
        assertEquals(
                "worker 'elsewhere': no bean of class com.example.lifecycle.Keyed: annotate it with @Prototype and check"
                        + " that its @Requires conditions hold",
                e.getMessage());
    }

    @Test
    void aBinderThatFailsOtherwiseIsNamed() {
        String yaml = """
                app_name: failing
                dispatchers:
                  daemons:
                    dispatcher: daemon_root
                    enabled: true
                    policy: CONFIG
                workers:
                  listed:
                    worker: listed
                    dispatcher: daemons
                    enabled: true
                """;
        ServiceStartException e = failure(
                yaml,
                TestBlueprint.of("failing", yaml)
                        .dispatcher("daemons", DispatcherKind.DAEMON, worker("listed", Listed.class, node -> {
                            throw new IllegalArgumentException("no such thing");
                        })),
                Map.of());
        assertEquals("worker 'listed': its config could not be bound: no such thing", e.getMessage());
    }

    @Test
    void twoEntriesCannotShareOneWebWorkerClass() {
        String yaml = """
                app_name: failing
                common:
                  web:
                    host: 127.0.0.1
                    port: 0
                dispatchers:
                  web:
                    dispatcher: dispatcher_web
                    enabled: true
                workers:
                  status:
                    worker: status_web
                    dispatcher: web
                    enabled: true
                  status_again:
                    worker: status_web
                    dispatcher: web
                    enabled: true
                """;
        ServiceStartException e = failure(
                yaml,
                TestBlueprint.of("failing", yaml)
                        .dispatcher(
                                "web",
                                DispatcherKind.WEB,
                                worker("status", StatusWeb.class),
                                worker("status_again", StatusWeb.class)),
                Map.of());
        assertTrue(
                e.getMessage()
                        .startsWith("worker 'status_again': its class com.example.lifecycle.StatusWeb is a controller,"
                                + " which exists once"),
                e.getMessage());
    }

    @Test
    void aMissingConfigFileIsAUsageError() {
        ServiceStartException e = assertThrows(
                ServiceStartException.class,
                () -> ShivaApplication.start(
                        StartFailureTest.class,
                        new String[] {
                            "daemon",
                            "run",
                            "--config",
                            directory.resolve("absent.yml").toString()
                        },
                        TestBlueprint.of("absent", "{}"),
                        Map.of()));
        assertEquals(ServiceStartException.USAGE, e.exitCode());
        assertEquals("config file " + directory.resolve("absent.yml") + " not found (from --config)", e.getMessage());
    }
}
