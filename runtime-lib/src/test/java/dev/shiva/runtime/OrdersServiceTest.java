package dev.shiva.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.orders.Application;
import com.example.orders.ServiceDefinition;
import dev.shiva.runtime.internal.config.ConfigShape;
import dev.shiva.runtime.internal.config.YamlReader;
import dev.shiva.runtime.support.ConfigFiles;
import dev.shiva.runtime.support.Events;
import dev.shiva.runtime.support.Http;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The orders service, as generated code would run it: a web, a daemon and a metrics dispatcher. */
class OrdersServiceTest {

    @TempDir
    Path directory;

    private RunningService service;

    @BeforeEach
    void start() {
        Events.reset();
        Path config = ConfigFiles.write(directory, ConfigFiles.resource("orders/config.yml"));
        service = ShivaApplication.start(
                Application.class,
                new String[] {"daemon", "run", "--config", config.toString()},
                new ServiceDefinition(),
                Map.of("TICK_LABEL", "tock"));
    }

    @AfterEach
    void stop() {
        service.stop();
    }

    @Test
    void theShapeWrittenByHandIsTheShapeComputed() {
        String yaml = ConfigFiles.resource("orders/config.yml");
        assertEquals(new ServiceDefinition().shape(), ConfigShape.of(YamlReader.parse(yaml, "config.yml")));
    }

    @Test
    void readinessAndLivenessAnswerOk() {
        HttpResponse<String> readiness = Http.get(service.port(), "/readiness");
        assertEquals(200, readiness.statusCode());
        assertEquals("{\"status\":\"ok\"}", readiness.body());
        HttpResponse<String> liveness = Http.get(service.port(), "/liveness");
        assertEquals(200, liveness.statusCode());
        assertEquals("{\"status\":\"ok\"}", liveness.body());
    }

    @Test
    void theWebWorkerAnswersWithItsConfig() {
        HttpResponse<String> hello = Http.get(service.port(), "/hello");
        assertEquals(200, hello.statusCode());
        assertEquals("Hello from hello", hello.body());
    }

    @Test
    void everyDaemonInstanceLoopsOnItsOwnThread() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline
                && !(Events.counter("loop:ticker:0") > 2
                        && Events.counter("loop:ticker:1") > 2
                        && Events.counter("loop:ticker:2") > 2)) {
            Thread.sleep(20);
        }
        for (int i = 0; i < 3; i++) {
            assertTrue(Events.counter("loop:ticker:" + i) > 2, "instance " + i + " loops");
            assertEquals(1, Events.count("start:ticker:" + i + ":shiva-ticker-" + i));
            // placeholders: TICK_LABEL from the environment, BURST from its default
            assertEquals(1, Events.count("prepare:ticker:" + i + ":tock:5"));
        }
        assertEquals(0, Events.counter("loop:ticker:3"), "coro: 3 means three instances");
    }

    @Test
    void theMetricsUriServesPrometheusTextWithBuiltInAndUserMeters() {
        HttpResponse<String> metrics = Http.get(service.port(), "/prom");
        assertEquals(200, metrics.statusCode());
        assertTrue(
                metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"),
                metrics.headers().toString());
        String body = metrics.body();
        assertTrue(body.contains("orders_queue_depth 42.0"), body);
        assertTrue(body.contains("shiva_dispatcher_workers{dispatcher=\"daemons\"} 3.0"), body);
        assertTrue(body.contains("shiva_worker_running{dispatcher=\"daemons\",worker=\"ticker\"} 3.0"), body);
        assertTrue(body.contains("shiva_worker_running{dispatcher=\"web\",worker=\"hello\"} 1.0"), body);
        assertTrue(body.contains("shiva_worker_failures_total{dispatcher=\"daemons\",worker=\"ticker\"} 0.0"), body);
        assertTrue(body.contains("jvm_memory_used_bytes"), "the JVM meters stay without unregister_defaults");
    }

    @Test
    void stopCallsStopExactlyOncePerInstanceAndClosesTheContext() {
        service.stop();
        service.stop(); // idempotent
        for (String instance : new String[] {"ticker:0", "ticker:1", "ticker:2", "hello:0", "queue_depth:0"}) {
            assertEquals(1, Events.count("stop:" + instance), instance);
            assertEquals(
                    1,
                    Events.count("prepare:" + instance)
                            + Events.all().stream()
                                    .filter(e -> e.startsWith("prepare:" + instance + ":"))
                                    .count(),
                    instance);
        }
        assertTrue(!service.applicationContext().isRunning());
    }
}
