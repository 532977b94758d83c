package dev.shiva.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Automatic recovery (runtime.md §17): while a generated rmq service consumes a steady stream of
 * messages, the broker closes its connection (as an operator, or a broker node going away, does). The
 * same process reconnects, re-declares its topology, resumes consuming, and answers every message of
 * the stream at least once; {@code /readiness} says 503 while the connection is down and 200 again
 * once it is back.
 */
class RmqBrokerDisconnectTest {

    /** The stream: BATCH messages every PERIOD_MS, BATCHES times (about 6 s at about 1,000 messages/s). */
    private static final int BATCH = 50;

    private static final int BATCHES = 120;
    private static final long PERIOD_MS = 50;
    private static final int MESSAGES = BATCH * BATCHES;
    /** Replies seen before the broker closes the connection: consumption is well under way. */
    private static final int CLOSE_AFTER = 1_000;

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration DRAIN = Duration.ofSeconds(90);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final RmqTopology topology = RmqTopology.unique("disc");
    private final String id = topology.id();
    /** Unique: the runtime names its AMQP connection after app_name, and only that connection is closed. */
    private final String app = "rmqdisc" + id.replace("-", "");

    private final String exchange = topology.exchange();
    private final String queue = topology.queue();
    private final String deadLetters = topology.deadLetters();
    private final String deadQueue = topology.deadQueue();
    private final String replies = topology.replies();

    /** /readiness answers in order, while the poller runs: status code, or -1 for no answer. */
    private final List<Integer> readiness = Collections.synchronizedList(new ArrayList<>());

    @Test
    void consumptionResumesAfterTheBrokerClosesTheConnection(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("config.yml"), config());
        ShivaProcess generated = ShivaProcess.run(project, "generate", "--dir", project.toString());
        assertEquals(0, generated.exitCode(), generated.out() + generated.err());
        TextEdits.replace(
                handler(project),
                "return null;",
                "return java.util.Map.of(\"data\", java.util.Map.of(\"handled\", true));");
        MavenBuild.assertPackages(project);

        List<String> ids = new ArrayList<>();
        for (int n = 0; n < MESSAGES; n++) {
            ids.add("disc-" + id + "-" + n);
        }
        int port = ServiceProcess.freePort();
        ExecutorService background = Executors.newFixedThreadPool(2);
        try (Connection connection = RmqPeer.connect("shiva-it-disconnect-" + id);
                Channel channel = connection.createChannel();
                Channel publishing = connection.createChannel()) {
            try {
                topology.declarePeers(channel, false, "order.create_reply");
                assertEquals(List.of(), RmqPeer.connectionPids(app), "no connection named " + app + " yet");
                try (RmqPeer.Replies answered = new RmqPeer.Replies(connection, replies);
                        ServiceProcess service = ServiceProcess.startJar(
                                project, RmqPeer.jar(project), Map.of("PORT", Integer.toString(port)))) {
                    service.awaitOutput(app + " started", STARTUP);
                    service.awaitReadiness(port, 200, Duration.ofSeconds(30));

                    Future<?> stream = background.submit(() -> {
                        for (int b = 0; b < BATCHES; b++) {
                            RmqPeer.publishConfirmed(
                                    publishing,
                                    exchange,
                                    "order.create",
                                    bodies(ids.subList(b * BATCH, (b + 1) * BATCH)));
                            Thread.sleep(PERIOD_MS);
                        }
                        return null;
                    });
                    if (!answered.awaitDistinct(CLOSE_AFTER, Duration.ofSeconds(30))) {
                        fail("only " + answered.requestIds().size() + " requests answered within 30 s\n"
                                + service.output());
                    }
                    Future<?> poller = background.submit(() -> pollReadiness(port));

                    List<String> pids = RmqPeer.connectionPids(app);
                    assertEquals(1, pids.size(), "the service's connections, named " + app + ": " + pids);
                    RmqPeer.closeConnection(pids.get(0), "shiva-it: closed by the test");
                    int answeredAtClose = answered.requestIds().size();

                    stream.get(60, TimeUnit.SECONDS);
                    if (!answered.awaitDistinct(MESSAGES, DRAIN)) {
                        fail("after the broker closed the connection, not every request was answered within "
                                + DRAIN.toSeconds() + " s: " + RmqPeer.missing(ids, answered.requestIds()) + "; "
                                + answeredAtClose + " answered when it was closed; ready in " + queue + ": "
                                + RmqPeer.ready(channel, queue) + ", dead-lettered: "
                                + RmqPeer.ready(channel, deadQueue) + "; connections named " + app + ": "
                                + RmqPeer.connectionPids(app) + "\n" + service.output());
                    }
                    assertTrue(answeredAtClose < MESSAGES / 2, "closed too late to test anything: " + answeredAtClose);
                    assertTrue(service.isAlive(), "the same process recovered\n" + service.output());
                    assertTrue(
                            answered.malformed().isEmpty(),
                            () -> "replies without a successful status: "
                                    + answered.malformed()
                                            .subList(
                                                    0,
                                                    Math.min(
                                                            3,
                                                            answered.malformed().size())));
                    List<String> reconnected = RmqPeer.connectionPids(app);
                    assertEquals(1, reconnected.size(), "one connection again: " + reconnected);
                    assertNotEquals(pids, reconnected, "a new connection, not the closed one: " + reconnected);
                    assertTrue(service.stdout().contains("connection 'rmq_main' recovered"), service.output());

                    // Readiness: down while the connection was, up again after (the recovery retries every 2 s).
                    service.awaitReadiness(port, 200, Duration.ofSeconds(30));
                    poller.cancel(true);
                    List<Integer> seen;
                    synchronized (readiness) {
                        seen = List.copyOf(readiness);
                    }
                    int down = seen.indexOf(503);
                    assertTrue(down >= 0, "/readiness never answered 503 while disconnected: " + summary(seen));
                    assertTrue(
                            seen.subList(down, seen.size()).contains(200),
                            "/readiness did not answer 200 after the recovery: " + summary(seen));

                    System.out.printf(
                            "RmqBrokerDisconnectTest: %d of %d requests answered when the broker closed the connection,"
                                    + " %d replies in all; /readiness: %s%n",
                            answeredAtClose, MESSAGES, answered.count(), summary(seen));

                    service.sendSigterm();
                    assertEquals(0, service.awaitExit(Duration.ofSeconds(20)), service.output());
                }
                assertEquals(0, RmqPeer.ready(channel, queue), "messages left in " + queue + " after the stop");
                assertEquals(0, RmqPeer.ready(channel, deadQueue), "messages dead-lettered to " + deadQueue);
            } finally {
                background.shutdownNow();
                background.awaitTermination(10, TimeUnit.SECONDS);
                topology.cleanUp(channel);
            }
        }
    }

    private static Path handler(Path project) throws IOException {
        try (Stream<Path> files = Files.walk(project.resolve("src/main/java"))) {
            List<Path> found = files.filter(f -> f.getFileName().toString().equals("OrderHandler.java"))
                    .toList();
            assertEquals(1, found.size(), "one OrderHandler.java expected: " + found);
            return found.get(0);
        }
    }

    private static List<String> bodies(List<String> messageIds) {
        List<String> bodies = new ArrayList<>();
        for (String messageId : messageIds) {
            bodies.add(RmqPeer.request("order", "create", messageId, bodies.size()));
        }
        return bodies;
    }

    private Void pollReadiness(int port) throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            readiness.add(readinessStatus(port));
            Thread.sleep(50);
        }
        return null;
    }

    private static int readinessStatus(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readiness"))
                    .timeout(Duration.ofSeconds(2))
                    .GET()
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The answers as runs, e.g. {@code 200×12, 503×41, 200×80}. */
    private static String summary(List<Integer> answers) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < answers.size()) {
            int j = i;
            while (j < answers.size() && answers.get(j).equals(answers.get(i))) {
                j++;
            }
            text.append(text.length() == 0 ? "" : ", ")
                    .append(answers.get(i))
                    .append('×')
                    .append(j - i);
            i = j;
        }
        return text.toString();
    }

    private String config() {
        return """
                app_name: APP
                common:
                  web:
                    port: ${PORT:8085}
                connections:
                  rmq_main:
                    driver: rmq
                    config:
                      dsn: DSN
                dispatchers:
                  web:
                    name: web
                    dispatcher: dispatcher_web
                    enabled: true
                  esb:
                    name: esb
                    dispatcher: rmq
                    connection: rmq_main
                    proto: JSON_Routed_BPM
                    enabled: true
                    config:
                      exchanges:
                        EXCHANGE:
                          config:
                            type: topic
                            durable: false
                          queues:
                            QUEUE:
                              coro: 2
                              config:
                                prefetch: 50
                                arguments:
                                  durable: false
                                additional:
                                  x-dead-letter-exchange: DLX
                              bindings:
                                - order.create
                workers:
                  order_intake:
                    name: order_intake
                    worker: order_handler
                    dispatcher: esb
                    enabled: true
                    routes:
                      - order.create
                """.replace("APP", app)
                .replace("DSN", RmqPeer.DSN)
                .replace("EXCHANGE", exchange)
                .replace("QUEUE", queue)
                .replace("DLX", deadLetters);
    }
}
