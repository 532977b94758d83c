package dev.shiva.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import com.rabbitmq.client.MessageProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * What the rmq tests do as the service's peers on the real local RabbitMQ: connect, publish BPM
 * requests with publisher confirms, collect the replies, and act as the broker's operator
 * ({@code rabbitmqctl}) to close one service's connection.
 */
final class RmqPeer {

    static final String DSN = "amqp://guest:guest@127.0.0.1:5672/%2F";

    private static final ObjectMapper JSON = new ObjectMapper();

    private RmqPeer() {}

    static Connection connect(String name) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(DSN);
        return factory.newConnection(name);
    }

    /** A BPM request with this {@code message_id}: the route {@code object.action}. */
    static String request(String object, String action, String messageId, int n) {
        return "{\"system_from\":\"crm\",\"system_to\":\"bpm\",\"object\":\"" + object + "\",\"action\":\"" + action
                + "\",\"reference_id\":\"R" + n + "\",\"message_id\":\"" + messageId + "\",\"params\":{\"n\":" + n
                + "}}";
    }

    /**
     * Publishes persistent messages on a channel in confirm mode and waits for the broker to confirm
     * them all: once this returns, the broker holds every one of them.
     */
    static void publishConfirmed(Channel channel, String exchange, String routingKey, List<String> bodies)
            throws Exception {
        channel.confirmSelect();
        AMQP.BasicProperties persistent = MessageProperties.PERSISTENT_TEXT_PLAIN;
        for (String body : bodies) {
            channel.basicPublish(exchange, routingKey, persistent, body.getBytes(StandardCharsets.UTF_8));
        }
        channel.waitForConfirmsOrDie(TimeUnit.SECONDS.toMillis(30));
    }

    /** Ready messages of a queue (unacked ones, held by a consumer, are not counted). */
    static long ready(Channel channel, String queue) throws IOException {
        return channel.queueDeclarePassive(queue).getMessageCount();
    }

    /** The jar {@code mvn package} made in {@code project}. */
    static Path jar(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("target"))) {
            List<Path> jars = files.filter(f -> f.getFileName().toString().endsWith("-SNAPSHOT.jar"))
                    .filter(f -> !f.getFileName().toString().startsWith("original-"))
                    .toList();
            assertEquals(1, jars.size(), "one service jar expected in target/: " + jars);
            return jars.get(0);
        }
    }

    /**
     * The broker-side ids ({@code pid}) of the connections whose client-given name ({@code
     * connection_name}, which the runtime sets to the service's {@code app_name}) is exactly {@code name}.
     */
    static List<String> connectionPids(String name) throws Exception {
        String listing = rabbitmqctl("list_connections", "-q", "--no-table-headers", "pid", "client_properties");
        String property = "{\"connection_name\",\"" + name + "\"}";
        List<String> pids = new ArrayList<>();
        for (String line : listing.split("\n")) {
            String[] columns = line.split("\t", 2);
            if (columns.length == 2 && columns[1].contains(property)) {
                pids.add(columns[0].strip());
            }
        }
        return pids;
    }

    /** Closes one connection from the broker side, as an operator (or a broker restart) does. */
    static void closeConnection(String pid, String reason) throws Exception {
        rabbitmqctl("close_connection", pid, reason);
    }

    private static String rabbitmqctl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("shiva-it-rabbitmqctl", ".txt");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("rabbitmqctl " + String.join(" ", args) + " did not finish within 60 s");
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), () -> "rabbitmqctl " + String.join(" ", args) + ":\n" + output);
            return output;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** {@code expected} ids that are not in {@code seen}: how many, and a few of them, for a failure message. */
    static String missing(Collection<String> expected, Set<String> seen) {
        List<String> missing =
                expected.stream().filter(id -> !seen.contains(id)).toList();
        return missing.size() + " of " + expected.size() + " missing, e.g. "
                + missing.subList(0, Math.min(5, missing.size()));
    }

    /**
     * Consumes a reply queue (auto-ack) on a channel of its own and records each reply's {@code
     * params.status.request_id}: the {@code message_id} of the request it answers (SEMANTICS §8.2).
     */
    static final class Replies implements AutoCloseable {

        private final Channel channel;
        private final Set<String> requestIds = ConcurrentHashMap.newKeySet();
        private final AtomicInteger count = new AtomicInteger();
        private final List<String> malformed = Collections.synchronizedList(new ArrayList<>());

        Replies(Connection connection, String queue) throws IOException {
            channel = connection.createChannel();
            channel.basicConsume(
                    queue,
                    true,
                    (tag, delivery) -> {
                        String body = new String(delivery.getBody(), StandardCharsets.UTF_8);
                        count.incrementAndGet();
                        try {
                            JsonNode status = JSON.readTree(body).path("params").path("status");
                            if (status.path("success").asBoolean(false)
                                    && status.path("request_id").isTextual()) {
                                requestIds.add(status.path("request_id").asText());
                            } else {
                                malformed.add(body);
                            }
                        } catch (IOException e) {
                            malformed.add(body);
                        }
                    },
                    tag -> {});
        }

        /** Replies received, duplicates included. */
        int count() {
            return count.get();
        }

        Set<String> requestIds() {
            return requestIds;
        }

        List<String> malformed() {
            return List.copyOf(malformed);
        }

        /** Waits until {@code atLeast} distinct requests were answered; false on timeout. */
        boolean awaitDistinct(int atLeast, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (requestIds.size() < atLeast) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(10);
            }
            return true;
        }

        @Override
        public void close() throws IOException, TimeoutException {
            if (channel.isOpen()) {
                channel.close();
            }
        }
    }

    /** The next message of {@code queue} (auto-acked), waiting up to {@code limit} for it. */
    static String next(Channel channel, String queue, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            GetResponse response = channel.basicGet(queue, true);
            if (response != null) {
                return new String(response.getBody(), StandardCharsets.UTF_8);
            }
            Thread.sleep(50);
        }
        return fail("no message in " + queue + " within " + limit.toSeconds() + " s");
    }
}
