package dev.shiva.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At-least-once across a crash (SEMANTICS §3.3, runtime.md §17): a generated rmq service that replies
 * to every message is killed with SIGKILL while it works through 10,000 persistent messages of a
 * durable queue, then started again with the same jar and config.yml. Every request is answered at
 * least once (the reply is confirmed before the request is acked, so a crash may duplicate a reply but
 * never lose one), and nothing is left in the queue or dead-lettered.
 */
class RmqCrashRecoveryTest {

    private static final int MESSAGES = 10_000;
    /** Replies seen before the kill: the service is well into the stream, far from its end. */
    private static final int KILL_AFTER = 1_000;

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration DRAIN = Duration.ofMinutes(2);

    private final RmqTopology topology = RmqTopology.unique("crash");
    private final String id = topology.id();
    private final String exchange = topology.exchange();
    private final String queue = topology.queue();
    private final String deadLetters = topology.deadLetters();
    private final String deadQueue = topology.deadQueue();
    private final String replies = topology.replies();

    @Test
    void everyMessageIsRepliedToAtLeastOnceAcrossASigkill(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("config.yml"), config());
        ShivaProcess generated = ShivaProcess.run(project, "generate", "--dir", project.toString());
        assertEquals(0, generated.exitCode(), generated.out() + generated.err());
        TextEdits.replace(
                project.resolve("src/main/java/com/example/rmqcrash/workers/OrderHandler.java"),
                "return null;",
                "return java.util.Map.of(\"data\", java.util.Map.of(\"handled\", true));");
        MavenBuild.assertPackages(project);
        Path jar = RmqPeer.jar(project);

        List<String> ids = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int n = 0; n < MESSAGES; n++) {
            String messageId = "crash-" + id + "-" + n;
            ids.add(messageId);
            bodies.add(RmqPeer.request("order", "create", messageId, n));
        }

        try (Connection connection = RmqPeer.connect("shiva-it-crash-" + id);
                Channel channel = connection.createChannel()) {
            try {
                topology.declarePeers(channel, true, "order.create_reply");
                topology.declareDurableWorkQueue(channel, "order.create");
                // All 10,000 are in the broker, on disk, before the service starts consuming.
                RmqPeer.publishConfirmed(channel, exchange, "order.create", bodies);
                assertEquals(MESSAGES, RmqPeer.ready(channel, queue), "published and routed to " + queue);

                try (RmqPeer.Replies answered = new RmqPeer.Replies(connection, replies)) {
                    int answeredBeforeKill;
                    try (ServiceProcess first = ServiceProcess.startJar(project, jar, Map.of())) {
                        first.awaitOutput("rmqcrash started", STARTUP);
                        if (!answered.awaitDistinct(KILL_AFTER, Duration.ofSeconds(60))) {
                            fail("only " + answered.requestIds().size() + " requests answered within 60 s\n"
                                    + first.output());
                        }
                        first.sendSigkill();
                        assertEquals(137, first.awaitExit(Duration.ofSeconds(10)), "killed by SIGKILL");
                        answeredBeforeKill = answered.requestIds().size();
                    }
                    assertTrue(
                            answeredBeforeKill < MESSAGES / 2,
                            "the kill came too late to test anything: " + answeredBeforeKill + " of " + MESSAGES
                                    + " were already answered");

                    try (ServiceProcess second = ServiceProcess.startJar(project, jar, Map.of())) {
                        second.awaitOutput("rmqcrash started", STARTUP);
                        if (!answered.awaitDistinct(MESSAGES, DRAIN)) {
                            fail("after the restart, not every request was answered within "
                                    + DRAIN.toSeconds() + " s: " + RmqPeer.missing(ids, answered.requestIds())
                                    + "; " + answered.count() + " replies in all, " + answeredBeforeKill
                                    + " requests answered before the kill; ready in " + queue + ": "
                                    + RmqPeer.ready(channel, queue) + ", dead-lettered: "
                                    + RmqPeer.ready(channel, deadQueue) + "\n" + second.output());
                        }
                        assertTrue(
                                answered.malformed().isEmpty(),
                                () -> "replies without a successful status: "
                                        + answered.malformed()
                                                .subList(
                                                        0,
                                                        Math.min(
                                                                3,
                                                                answered.malformed()
                                                                        .size())));
                        assertTrue(answered.requestIds().containsAll(ids), RmqPeer.missing(ids, answered.requestIds()));

                        // A graceful stop requeues whatever is still unacked: what is left after it was never acked.
                        second.sendSigterm();
                        assertEquals(0, second.awaitExit(Duration.ofSeconds(20)), second.output());
                    }
                    assertEquals(0, RmqPeer.ready(channel, queue), "messages left in " + queue + " after the stop");
                    assertEquals(0, RmqPeer.ready(channel, deadQueue), "messages dead-lettered to " + deadQueue);
                    System.out.printf(
                            "RmqCrashRecoveryTest: %d requests answered before the SIGKILL, %d replies in all for %d"
                                    + " requests (%d duplicates)%n",
                            answeredBeforeKill, answered.count(), MESSAGES, answered.count() - MESSAGES);
                    assertTrue(
                            answered.count() >= MESSAGES,
                            "at least one reply per request: " + answered.count() + " replies");
                }
            } finally {
                topology.cleanUp(channel);
            }
        }
    }

    private String config() {
        return """
                app_name: rmqcrash
                connections:
                  rmq_main:
                    driver: rmq
                    config:
                      dsn: DSN
                dispatchers:
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
                            durable: true
                          queues:
                            QUEUE:
                              coro: 2
                              config:
                                prefetch: 50
                                arguments:
                                  durable: true
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
                """.replace("DSN", RmqPeer.DSN)
                .replace("EXCHANGE", exchange)
                .replace("QUEUE", queue)
                .replace("DLX", deadLetters);
    }
}
