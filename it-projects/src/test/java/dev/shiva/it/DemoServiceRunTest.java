package dev.shiva.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project of {@code shiva new demo}, built and run as a real service: it answers its health and
 * metrics endpoints over HTTP, runs its daemon worker, stops cleanly on SIGTERM, and refuses to start
 * with a config.yml whose shape no longer matches the generated code.
 */
class DemoServiceRunTest {

    private static final String JAR = "target/demo-0.1.0-SNAPSHOT.jar";
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);
    /** common.grace_period_seconds: the demo's config.yml leaves it at its default. */
    private static final Duration GRACE_PERIOD = Duration.ofSeconds(10);
    /** JVM exit and process reaping after the grace period. */
    private static final Duration EXIT_MARGIN = Duration.ofSeconds(5);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One build serves both tests: the build is the slow part, and neither test changes the project. */
    @TempDir
    static Path project;

    @BeforeAll
    static void createAndBuildTheDemo() throws Exception {
        ShivaProcess created = ShivaProcess.run(project, "new", "demo", "--dir", project.toString());
        assertEquals(0, created.exitCode(), created.out() + created.err());
        assertFalse(
                Files.readString(project.resolve("config.yml")).contains("grace_period_seconds"),
                "the demo's config.yml sets common.grace_period_seconds: GRACE_PERIOD assumes the default");
        MavenBuild.assertPackages(project);
    }

    @Test
    void servesHealthAndMetricsRunsItsWorkerAndStopsOnSigterm() throws Exception {
        int port = ServiceProcess.freePort();
        try (ServiceProcess service =
                ServiceProcess.startJar(project, project.resolve(JAR), Map.of("PORT", Integer.toString(port)))) {
            // As an orchestrator's readiness probe does.
            assertEquals(
                    "{\"status\":\"ok\"}",
                    service.awaitReadiness(port, 200, STARTUP_LIMIT).body());

            HttpResponse<String> liveness = get(port, "/liveness");
            assertEquals(200, liveness.statusCode(), liveness.body());

            // The metrics dispatcher's uri in config.yml; one heartbeat instance runs under `daemons`.
            HttpResponse<String> metrics = get(port, "/metrics");
            assertEquals(200, metrics.statusCode(), metrics.body());
            assertTrue(
                    metrics.headers().firstValue("content-type").orElse("").startsWith("text/plain"),
                    "Prometheus text format expected: " + metrics.headers().map());
            assertTrue(
                    Pattern.compile("(?m)^shiva_dispatcher_workers\\{dispatcher=\"daemons\"} 1(\\.0)?$")
                            .matcher(metrics.body())
                            .find(),
                    metrics.body());

            // The loop of the generated Heartbeat worker: `{name} #{instance} is working`.
            service.awaitOutput("heartbeat #0 is working", Duration.ofSeconds(10));

            service.sendSigterm();
            int exitCode = service.awaitExit(GRACE_PERIOD.plus(EXIT_MARGIN));

            assertEquals(0, exitCode, service.output());
            assertTrue(service.stdout().contains("SIGTERM received"), service.output());
            assertTrue(service.stdout().contains("stopped in"), service.output());
        }
    }

    @Test
    void refusesToStartWhenConfigYmlNoLongerMatchesTheGeneratedCode(@TempDir Path deployment) throws Exception {
        // A worker added to config.yml without `shiva generate`: the jar has no class for it.
        Path jar = Files.copy(project.resolve(JAR), deployment.resolve("service.jar"));
        Path config = Files.copy(project.resolve("config.yml"), deployment.resolve("config.yml"));
        TextEdits.append(config, """
                  reporter:
                    worker: reporter
                    name: reporter
                    dispatcher: daemons
                    enabled: true
                """);
        int port = ServiceProcess.freePort();

        try (ServiceProcess service =
                ServiceProcess.startJar(deployment, jar, Map.of("PORT", Integer.toString(port)))) {
            // Fast: before any worker or the HTTP server starts.
            int exitCode = service.awaitExit(Duration.ofSeconds(30));

            assertNotEquals(0, exitCode, service.output());
            assertEquals(1, service.stderr().lines().count(), service.output());
            assertTrue(service.stderr().contains("shiva generate"), service.output());
            assertTrue(service.stderr().contains("workers.reporter"), "names what changed\n" + service.output());
            assertFalse(service.output().contains("Exception"), service.output());
            assertFalse(service.output().contains("\tat "), service.output());
        }
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
