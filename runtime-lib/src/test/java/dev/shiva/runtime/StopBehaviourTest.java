package dev.shiva.runtime;

import static dev.shiva.runtime.support.TestBlueprint.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.lifecycle.Crasher;
import com.example.lifecycle.Deaf;
import com.example.lifecycle.Listed;
import com.example.lifecycle.Other;
import com.example.lifecycle.SlowStopper;
import com.example.lifecycle.StatusWeb;
import com.example.lifecycle.Stubborn;
import dev.shiva.runtime.support.ConfigFiles;
import dev.shiva.runtime.support.Events;
import dev.shiva.runtime.support.Http;
import dev.shiva.runtime.support.TestBlueprint;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stop sequence: readiness first, grace period, interrupts, stop() once each, in reverse. */
class StopBehaviourTest {

    @TempDir
    Path directory;

    private RunningService service;

    @BeforeEach
    void reset() {
        Events.reset();
    }

    @AfterEach
    void stopService() {
        if (service != null) {
            service.stop();
        }
        Deaf.release.countDown();
    }

    private RunningService start(String yaml, TestBlueprint blueprint) {
        Path config = ConfigFiles.write(directory, yaml);
        service = ShivaApplication.start(
                StopBehaviourTest.class, new String[] {"--config", config.toString()}, blueprint, Map.of());
        return service;
    }

    private static String config(int graceSeconds, String workers) {
        return """
                app_name: stops
                common:
                  grace_period_seconds: %d
                  web:
                    host: 127.0.0.1
                    port: 0
                dispatchers:
                  web:
                    dispatcher: dispatcher_web
                    enabled: true
                  daemons:
                    dispatcher: daemon_root
                    enabled: true
                    policy: CONFIG
                  metrics:
                    dispatcher: metrics_root
                    enabled: true
                workers:
                  status:
                    worker: status_web
                    dispatcher: web
                    enabled: true
                    config:
                      text: fine
                %s""".formatted(graceSeconds, workers);
    }

    private static TestBlueprint blueprint(String yaml, WorkerBlueprint... daemons) {
        return TestBlueprint.of("stops", yaml)
                .dispatcher("web", DispatcherKind.WEB, worker("status", StatusWeb.class))
                .dispatcher("daemons", DispatcherKind.DAEMON, daemons)
                .dispatcher("metrics", DispatcherKind.METRICS);
    }

    @Test
    void readinessSaysStoppingWhileLoopsFinishTheirWork() throws Exception {
        String yaml = config(5, """
                  slow:
                    worker: slow_stopper
                    dispatcher: daemons
                    enabled: true
                """);
        start(yaml, blueprint(yaml, worker("slow", SlowStopper.class)));
        assertEquals(200, Http.get(service.port(), "/readiness").statusCode());
        assertEquals("fine", Http.get(service.port(), "/status").body());

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(service::stop);
        awaitEvent("draining:slow");
        HttpResponse<String> readiness = Http.get(service.port(), "/readiness");
        assertEquals(503, readiness.statusCode());
        assertEquals("{\"status\":\"stopping\"}", readiness.body());
        assertEquals(200, Http.get(service.port(), "/liveness").statusCode());
        stopping.get(10, TimeUnit.SECONDS);

        List<String> events = Events.all();
        assertTrue(
                events.indexOf("drained:slow") < events.indexOf("stop:slow:0"),
                "stop() after the loop ended: " + events);
        assertEquals(1, Events.count("stop:slow:0"));
        assertEquals(1, Events.count("stop:status:0"));
    }

    @Test
    void aLoopThatIgnoresTheStopRequestIsInterruptedAfterTheGracePeriod() {
        String yaml = config(1, """
                  stubborn:
                    worker: stubborn
                    dispatcher: daemons
                    enabled: true
                  listed:
                    worker: listed
                    dispatcher: daemons
                    enabled: true
                """);
        start(yaml, blueprint(yaml, worker("stubborn", Stubborn.class), worker("listed", Listed.class)));
        awaitEvent("start:stubborn:0");

        long started = System.nanoTime();
        service.stop();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertTrue(took.compareTo(Duration.ofMillis(900)) >= 0, "waited the grace period: " + took);
        assertTrue(took.compareTo(Duration.ofMillis(2500)) < 0, "grace period plus a small margin: " + took);
        assertEquals(1, Events.count("interrupted:stubborn:0"));
        assertEquals(1, Events.count("stop:stubborn:0"));
        assertEquals(1, Events.count("stop:listed:0"));
    }

    @Test
    void aLoopThatIgnoresEvenTheInterruptDoesNotHoldTheStop() {
        String yaml = config(0, """
                  deaf:
                    worker: deaf
                    dispatcher: daemons
                    enabled: true
                """);
        Deaf.release = new CountDownLatch(1);
        start(yaml, blueprint(yaml, worker("deaf", Deaf.class)));
        awaitEvent("start:deaf:0");

        long started = System.nanoTime();
        service.stop();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertTrue(took.compareTo(Duration.ofMillis(2000)) < 0, "grace 0 + the interrupt wait + a margin: " + took);
        assertEquals(1, Events.count("ignored-interrupt:deaf"));
        assertEquals(1, Events.count("stop:deaf:0"), "stop() is called even on an instance still running");
        assertFalse(service.applicationContext().isRunning());
    }

    @Test
    void stopIsCalledOncePerInstanceInReverseStartOrder() throws Exception {
        String yaml = config(2, """
                  listed:
                    worker: listed
                    dispatcher: daemons
                    enabled: true
                    coro: 4
                  other:
                    worker: other
                    dispatcher: daemons
                    enabled: true
                    coro: 2
                """);
        start(yaml, blueprint(yaml, worker("listed", Listed.class), worker("other", Other.class)));
        for (int i = 0; i < 4; i++) {
            awaitEvent("start:listed:" + i);
        }
        CompletableFuture<Void> first = CompletableFuture.runAsync(service::stop);
        service.stop(); // a second caller waits for the first one's stop
        assertTrue(first.isDone() || service.awaitStop(Duration.ofSeconds(5)));

        List<String> stops =
                Events.all().stream().filter(e -> e.startsWith("stop:")).toList();
        assertEquals(
                List.of(
                        "stop:other:1",
                        "stop:other:0",
                        "stop:listed:3",
                        "stop:listed:2",
                        "stop:listed:1",
                        "stop:listed:0",
                        "stop:status:0"),
                stops);
        assertEquals(
                4,
                Events.all().stream()
                        .filter(e -> e.startsWith("prepare:listed:"))
                        .count());
    }

    @Test
    void aFailingLoopIsLoggedAndCountedAndTheServiceKeepsRunning() {
        String yaml = config(2, """
                  crasher:
                    worker: crasher
                    dispatcher: daemons
                    enabled: true
                  listed:
                    worker: listed
                    dispatcher: daemons
                    enabled: true
                """);
        start(yaml, blueprint(yaml, worker("crasher", Crasher.class), worker("listed", Listed.class)));
        awaitEvent("start:crasher:0");
        String metrics = awaitMetric("shiva_worker_failures_total{dispatcher=\"daemons\",worker=\"crasher\"} 1.0");
        assertTrue(metrics.contains("shiva_worker_running{dispatcher=\"daemons\",worker=\"crasher\"} 0.0"), metrics);
        assertTrue(metrics.contains("shiva_worker_running{dispatcher=\"daemons\",worker=\"listed\"} 1.0"), metrics);
        assertTrue(metrics.contains("shiva_dispatcher_workers{dispatcher=\"daemons\"} 1.0"), metrics);
        assertEquals(200, Http.get(service.port(), "/readiness").statusCode());

        service.stop();
        assertEquals(1, Events.count("stop:crasher:0"), "an instance whose loop failed still gets its stop()");
    }

    private String awaitMetric(String line) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = Http.get(service.port(), "/metrics").body();
            if (body.contains(line)) {
                return body;
            }
            sleep(20);
        }
        throw new AssertionError("no '" + line + "' in:\n" + body);
    }

    static void awaitEvent(String event) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (Events.count(event) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no event " + event + " in " + Events.all());
            }
            sleep(10);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
