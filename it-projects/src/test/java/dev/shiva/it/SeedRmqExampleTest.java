package dev.shiva.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's own RabbitMQ example, run: {@code it-projects/samples/seed-example.yml} with its {@code
 * shiva_bench} dispatcher enabled, pointed at the local broker's vhost {@code /}, with the {@code
 * RmqBench} worker the seed's benchmark uses, and without the PostgreSQL and Redis connections that
 * nothing enabled needs. Everything else is the sample's: exchange {@code ESB}, queue {@code
 * shiva_benchmark} (with a suffix, so that runs do not share it) with {@code coro: 5}, {@code prefetch:
 * 1}, the {@code max-length} that RabbitMQ ignores, binding {@code shiva.bench}; the web and daemon
 * dispatchers and the {@code waiter_daemon} worker.
 */
class SeedRmqExampleTest {

    private static final int MESSAGES = 100;
    private static final Pattern HANDLED = Pattern.compile("bench handled #\\d+ (\\S+)");

    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final String queue = "shiva_benchmark_" + id;

    @Test
    void theSeedsBenchmarkQueueIsConsumed(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("config.yml"), config());
        ShivaProcess generated = ShivaProcess.run(project, "generate", "--dir", project.toString());
        assertEquals(0, generated.exitCode(), generated.out() + generated.err());
        // The sample's queue has no dead-letter exchange and a max-length without x-: warned, not refused.
        assertTrue(
                (generated.out() + generated.err()).contains("'max-length' has no effect"),
                generated.out() + generated.err());
        Path handler = handler(project);
        TextEdits.insertAfterLine(
                handler,
                "public class RmqBench extends RmqBenchBase {",
                "    private static final java.util.concurrent.atomic.AtomicLong HANDLED ="
                        + " new java.util.concurrent.atomic.AtomicLong();\n\n");
        TextEdits.replace(
                handler,
                "log().info(\"shiva.bench {}: {}\", request.messageId(), request.params());",
                "log().info(\"bench handled #{} {}\", HANDLED.incrementAndGet(), request.messageId());");
        MavenBuild.assertPackages(project);

        List<String> ids = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int n = 0; n < MESSAGES; n++) {
            String messageId = "bench-" + id + "-" + n;
            ids.add(messageId);
            bodies.add(RmqPeer.request("shiva", "bench", messageId, n));
        }
        int port = ServiceProcess.freePort();
        try (Connection connection = RmqPeer.connect("shiva-it-seed-" + id);
                Channel channel = connection.createChannel()) {
            boolean esbExisted = exchangeExists(connection, "ESB");
            try {
                try (ServiceProcess service = ServiceProcess.startJar(
                        project, RmqPeer.jar(project), Map.of("PORT", Integer.toString(port)))) {
                    service.awaitOutput("shiva_test started", Duration.ofSeconds(60));

                    RmqPeer.publishConfirmed(channel, "ESB", "shiva.bench", bodies);

                    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                    List<String> handled = handled(service.stdout());
                    while (!handled.containsAll(ids)) {
                        if (System.nanoTime() > deadline) {
                            fail("not every shiva.bench message was handled within 30 s: "
                                    + RmqPeer.missing(ids, Set.copyOf(handled)) + "\n" + service.output());
                        }
                        Thread.sleep(100);
                        handled = handled(service.stdout());
                    }
                    assertEquals(0, RmqPeer.ready(channel, queue), "messages left in " + queue);

                    service.sendSigterm();
                    assertEquals(0, service.awaitExit(Duration.ofSeconds(20)), service.output());
                    assertEquals(
                            MESSAGES,
                            handled(service.stdout()).stream()
                                    .filter(ids::contains)
                                    .count(),
                            "each message handled once (no failure, no redelivery)\n" + service.output());
                }
                assertEquals(0, RmqPeer.ready(channel, queue), "messages left in " + queue + " after the stop");
            } finally {
                channel.queueDelete(queue);
                if (!esbExisted) {
                    // Only if this test made it, and only if no other queue is bound to it now.
                    try (Channel cleanup = connection.createChannel()) {
                        cleanup.exchangeDelete("ESB", true);
                    } catch (IOException inUse) {
                        // Bound by someone else meanwhile: theirs now.
                    }
                }
            }
        }
    }

    private static boolean exchangeExists(Connection connection, String name) throws Exception {
        // A failed passive declare closes its channel: use a throwaway one.
        Channel probe = connection.createChannel();
        try {
            probe.exchangeDeclarePassive(name);
            return true;
        } catch (IOException notFound) {
            return false;
        } finally {
            if (probe.isOpen()) {
                probe.close();
            }
        }
    }

    private static List<String> handled(String log) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = HANDLED.matcher(log);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static Path handler(Path project) throws IOException {
        try (Stream<Path> files = Files.walk(project.resolve("src/main/java"))) {
            List<Path> found = files.filter(f -> f.getFileName().toString().equals("RmqBench.java"))
                    .toList();
            assertEquals(1, found.size(), "one RmqBench.java expected: " + found);
            return found.get(0);
        }
    }

    /** The sample, made to run here; each change anchored on the sample's text, so a changed sample fails loudly. */
    private String config() throws IOException {
        String sample = Files.readString(ShivaProcess.samples().resolve("seed-example.yml"), StandardCharsets.UTF_8);
        String config = sample;
        config = replaceOnce(config, """
                  postgres:
                    driver: postgres
                    config:
                      dsn: postgresql://postgres:@127.0.0.1:5432/mydb
                      pool_min: 1
                      pool_max: 50
                      max_inactive_connection_lifetime: 300
                      max_queries: 20
                  redis:
                    driver: redis
                    config:
                      dsn: redis://127.0.0.1:6379/0
                      minsize: 1
                      maxsize: 1
                """, "");
        config = replaceOnce(
                config, "dsn: amqp://guest:guest@127.0.0.1:5672/myvenv", "dsn: amqp://guest:guest@127.0.0.1:5672/%2F");
        config = replaceOnce(config, """
                    proto: JSON_Routed_BPM
                    enabled: false
                """, """
                    proto: JSON_Routed_BPM
                    enabled: true
                """);
        config = replaceOnce(config, "            shiva_benchmark:\n", "            " + queue + ":\n");
        config = replaceOnce(config, """
                    depends:
                      databases:
                        - postgres
                      esb:
                        - rmq
                """, """
                  rmq_bench:
                    name: shiva_benchmark
                    worker: rmq_bench
                    dispatcher: shiva_bench
                    enabled: true
                    routes:
                      - shiva.bench
                """);
        // The web dispatcher's port: the sample leaves it at 8085, which other services here may hold.
        config = replaceOnce(
                config,
                "  modules_path: './modules'\n",
                "  modules_path: './modules'\n  web:\n    port: ${PORT:8085}\n");
        return config;
    }

    private static String replaceOnce(String text, String anchor, String replacement) {
        int at = text.indexOf(anchor);
        assertTrue(at >= 0 && text.indexOf(anchor, at + 1) < 0, "expected exactly once in the sample: " + anchor);
        return text.substring(0, at) + replacement + text.substring(at + anchor.length());
    }
}
