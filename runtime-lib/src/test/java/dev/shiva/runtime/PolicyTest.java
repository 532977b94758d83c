package dev.shiva.runtime;

import static dev.shiva.runtime.support.TestBlueprint.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.lifecycle.GateIndicator;
import com.example.lifecycle.Keyed;
import com.example.lifecycle.Listed;
import com.example.lifecycle.Other;
import com.example.lifecycle.StatusWeb;
import dev.shiva.runtime.builtin.WaiterDaemon;
import dev.shiva.runtime.support.ConfigFiles;
import dev.shiva.runtime.support.Events;
import dev.shiva.runtime.support.Http;
import dev.shiva.runtime.support.TestBlueprint;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which workers run: enabled flags, policies ALL and CONFIG, the built-in waiter. */
class PolicyTest {

    @TempDir
    Path directory;

    private RunningService service;

    @BeforeEach
    void reset() {
        Events.reset();
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.stop();
        }
        GateIndicator.open = true;
    }

    private RunningService start(String yaml, TestBlueprint blueprint) {
        Path config = ConfigFiles.write(directory, yaml);
        service = ShivaApplication.start(
                PolicyTest.class, new String[] {"--config", config.toString()}, blueprint, Map.of());
        return service;
    }

    private static String allDaemons(String policy) {
        return """
                app_name: policies
                dispatchers:
                  all_daemons:
                    dispatcher: daemon_root
                    enabled: true
                %s
                workers:
                  keyed:
                    worker: keyed
                    dispatcher: all_daemons
                    enabled: true
                """.formatted(policy);
    }

    @Test
    void policyAllAlsoRunsUnlistedWorkerBeansOfTheDispatchersKind() {
        String yaml = allDaemons("");
        start(
                yaml,
                TestBlueprint.of("policies", yaml)
                        .dispatcher("all_daemons", DispatcherKind.DAEMON, worker("keyed", Keyed.class)));
        StopBehaviourTest.awaitEvent("start:keyed:0");
        StopBehaviourTest.awaitEvent("start:unlisted:0"); // named after its class, in snake_case
        assertFalse(threadRuns("shiva-waiter_daemon-0"), "built-in workers are not discovered");
        assertEquals(-1, service.port(), "no web and no metrics dispatcher: no HTTP server");
        service.stop();
        assertEquals(1, Events.count("stop:unlisted:0"));
    }

    @Test
    void policyConfigRunsOnlyTheListedEntries() {
        String yaml = allDaemons("    policy: CONFIG");
        start(
                yaml,
                TestBlueprint.of("policies", yaml)
                        .dispatcher("all_daemons", DispatcherKind.DAEMON, worker("keyed", Keyed.class)));
        StopBehaviourTest.awaitEvent("start:keyed:0");
        service.stop();
        assertEquals(
                0,
                Events.all().stream().filter(e -> e.contains("unlisted")).count(),
                Events.all().toString());
    }

    @Test
    void disabledDispatchersAndWorkersDoNotRun() {
        String yaml = """
                app_name: policies
                dispatchers:
                  daemons:
                    dispatcher: daemon_root
                    enabled: true
                    policy: CONFIG
                  parked:
                    dispatcher: daemon_root
                    enabled: false
                    policy: CONFIG
                  unmarked:
                    dispatcher: daemon_root
                    policy: CONFIG
                workers:
                  listed:
                    worker: listed
                    dispatcher: daemons
                    enabled: true
                  off:
                    worker: other
                    dispatcher: daemons
                    enabled: false
                  quoted:
                    worker: other
                    dispatcher: daemons
                    enabled: 'true'
                  in_parked:
                    worker: listed
                    dispatcher: parked
                    enabled: true
                  in_unmarked:
                    worker: listed
                    dispatcher: unmarked
                    enabled: true
                """;
        TestBlueprint blueprint = TestBlueprint.of("policies", yaml)
                .dispatcher(
                        "daemons",
                        DispatcherKind.DAEMON,
                        worker("listed", Listed.class),
                        worker("off", Other.class),
                        worker("quoted", Other.class))
                .dispatcher("parked", DispatcherKind.DAEMON, worker("in_parked", Listed.class))
                .dispatcher("unmarked", DispatcherKind.DAEMON, worker("in_unmarked", Listed.class));
        start(yaml, blueprint);
        StopBehaviourTest.awaitEvent("start:listed:0");
        var environment = service.applicationContext().getEnvironment();
        assertEquals(
                true,
                environment
                        .getProperty("shiva.workers.listed.enabled", Boolean.class)
                        .orElseThrow());
        assertEquals(
                false,
                environment
                        .getProperty("shiva.workers.in_parked.enabled", Boolean.class)
                        .orElseThrow());
        assertEquals(
                false,
                environment
                        .getProperty("shiva.dispatchers.unmarked.enabled", Boolean.class)
                        .orElseThrow());
        service.stop();
        assertEquals(
                java.util.List.of("prepare:listed:0", "start:listed:0", "stop:listed:0"),
                Events.all().stream().filter(e -> !e.startsWith("loop")).toList());
    }

    @Test
    void theBuiltInWaiterDaemonIdlesAndStopsPromptly() {
        String yaml = """
                app_name: shiva_test
                common:
                  coro_num: 2
                dispatchers:
                  daemon_root_main:
                    name: daemon_root_main
                    dispatcher: daemon_root
                    enabled: true
                    policy: CONFIG
                workers:
                  waiter_daemon:
                    name: waiter1
                    enabled: true
                    worker: waiter_daemon
                    dispatcher: daemon_root_main
                    config:
                      echo: Hello!
                """;
        start(
                yaml,
                TestBlueprint.of("shiva_test", yaml)
                        .dispatcher(
                                "daemon_root_main",
                                DispatcherKind.DAEMON,
                                new WorkerBlueprint("waiter_daemon", "waiter1", WaiterDaemon.class, node -> node)));
        assertTrue(threadRuns("shiva-waiter1-0") && threadRuns("shiva-waiter1-1"), "common.coro_num instances");
        long started = System.nanoTime();
        service.stop();
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 1000, "pause() wakes on stop");
    }

    @Test
    void readinessAggregatesTheReadinessIndicators() {
        String yaml = """
                app_name: gated
                common:
                  web:
                    host: 127.0.0.1
                    port: 0
                dispatchers:
                  gated_web:
                    dispatcher: dispatcher_web
                    enabled: true
                workers:
                  status:
                    worker: status_web
                    dispatcher: gated_web
                    enabled: true
                    config:
                      text: up
                """;
        start(
                yaml,
                TestBlueprint.of("gated", yaml)
                        .dispatcher("gated_web", DispatcherKind.WEB, worker("status", StatusWeb.class)));
        assertEquals(200, Http.get(service.port(), "/readiness").statusCode());
        GateIndicator.open = false;
        HttpResponse<String> closed = Http.get(service.port(), "/readiness");
        assertEquals(503, closed.statusCode());
        assertEquals(
                "{\"status\":\"unavailable\",\"not_ready\":[\"gate\"],\"checks\":{\"gate\":\"down\"}}", closed.body());
        assertEquals(404, Http.get(service.port(), "/metrics").statusCode(), "no metrics_root, no metrics endpoint");
    }

    @Test
    void withoutAWebDispatcherTheMetricsServerHasNoHealthEndpoints() {
        String yaml = """
                app_name: metrics_only
                common:
                  web:
                    host: 127.0.0.1
                    port: 0
                dispatchers:
                  metrics:
                    dispatcher: metrics_root
                    enabled: true
                    uri: /custom/metrics
                    unregister_defaults: true
                """;
        start(yaml, TestBlueprint.of("metrics_only", yaml).dispatcher("metrics", DispatcherKind.METRICS));
        assertEquals(404, Http.get(service.port(), "/readiness").statusCode());
        HttpResponse<String> metrics = Http.get(service.port(), "/custom/metrics");
        assertEquals(200, metrics.statusCode());
        assertFalse(metrics.body().contains("jvm_"), "unregister_defaults drops the JVM meters:\n" + metrics.body());
        assertFalse(metrics.body().contains("process_"), metrics.body());
        assertFalse(metrics.body().contains("system_cpu"), metrics.body());
    }

    @Test
    void uvloopAsksForEpollAndFallsBackToNioWithoutFailing() {
        String yaml = """
                app_name: fast
                common:
                  uvloop: yes
                  web:
                    host: 127.0.0.1
                    port: 0
                dispatchers:
                  web:
                    dispatcher: dispatcher_web
                    enabled: true
                """;
        start(yaml, TestBlueprint.of("fast", yaml).dispatcher("web", DispatcherKind.WEB));
        assertEquals(200, Http.get(service.port(), "/readiness").statusCode());
        assertEquals(
                "fast",
                service.applicationContext()
                        .getProperty("micronaut.application.name", String.class)
                        .orElseThrow());
    }

    private static boolean threadRuns(String name) {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().equals(name) && t.isAlive())) {
                return true;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    record EchoConfig(String echo, long beats) {
        static EchoConfig from(ConfigNode node) {
            return new EchoConfig(node.string("echo"), node.integer("beats"));
        }
    }

    private static String echoing(String beats) {
        return """
                app_name: policies
                dispatchers:
                  all_daemons:
                    dispatcher: daemon_root
                    enabled: true
                    config:
                      echo: I'm alive!
                      beats: %s
                workers:
                  keyed:
                    worker: keyed
                    dispatcher: all_daemons
                    enabled: true
                """.formatted(beats);
    }

    @Test
    void aDispatchersConfigBlockIsBoundAtStartAndReadableAsItsRecord() {
        String yaml = echoing("3");
        start(
                yaml,
                TestBlueprint.of("policies", yaml)
                        .dispatcher(
                                "all_daemons", DispatcherKind.DAEMON, EchoConfig::from, worker("keyed", Keyed.class)));

        DispatcherConfigs configs = service.applicationContext().getBean(DispatcherConfigs.class);
        assertEquals(new EchoConfig("I'm alive!", 3), configs.get("all_daemons", EchoConfig.class));
        IllegalStateException unknown =
                assertThrows(IllegalStateException.class, () -> configs.get("web", EchoConfig.class));
        assertEquals("no config of a running dispatcher 'web'", unknown.getMessage());
    }

    @Test
    void aDispatcherConfigValueThatDoesNotFitStopsTheStartWithItsLine() {
        String yaml = echoing("many");
        ServiceStartException failure = assertThrows(
                ServiceStartException.class,
                () -> start(
                        yaml,
                        TestBlueprint.of("policies", yaml)
                                .dispatcher(
                                        "all_daemons",
                                        DispatcherKind.DAEMON,
                                        EchoConfig::from,
                                        worker("keyed", Keyed.class))));

        assertTrue(
                failure.getMessage()
                        .endsWith("config.yml:8:14: dispatchers.all_daemons.config.beats: expected an integer,"
                                + " found string 'many'"),
                failure.getMessage());
    }
}
