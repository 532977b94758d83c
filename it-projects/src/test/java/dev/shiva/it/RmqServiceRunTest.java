package dev.shiva.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated rmq service, built and run against the real local RabbitMQ: a routed message reaches
 * its handler and the handler's value comes back as the BPM reply, field for field and in order
 * (SEMANTICS §8.2); bad JSON and an unknown route are dead-lettered, never acked away; SIGTERM
 * stops the service with exit 0.
 */
class RmqServiceRunTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String JAR = "target/rmqdemo-0.1.0-SNAPSHOT.jar";
    private static final String REQUEST = "{\"system_from\":\"crm\",\"system_to\":\"bpm\",\"object\":\"order\","
            + "\"action\":\"create\",\"reference_id\":\"R1\",\"message_id\":\"M1\",\"params\":{\"id\":7}}";

    private final RmqTopology topology = RmqTopology.unique("run");
    private final String exchange = topology.exchange();
    private final String queue = topology.queue();
    private final String deadLetters = topology.deadLetters();
    private final String deadQueue = topology.deadQueue();
    private final String replies = topology.replies();

    @Test
    void routedMessagesAreHandledAndRepliedAndBadOnesDeadLettered(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("config.yml"), config());
        ShivaProcess generated = ShivaProcess.run(project, "generate", "--dir", project.toString());
        assertEquals(0, generated.exitCode(), generated.out() + generated.err());
        TextEdits.replace(
                project.resolve("src/main/java/com/example/rmqdemo/workers/OrderHandler.java"),
                "return null;",
                "return java.util.Map.of(\"data\", java.util.Map.of(\"handled\", request.params().getOrDefault(\"id\", 0)));");
        MavenBuild.assertPackages(project);

        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri("amqp://guest:guest@127.0.0.1:5672/%2F");
        try (Connection connection = factory.newConnection("shiva-it");
                Channel channel = connection.createChannel()) {
            topology.declarePeers(channel, false, "order.create_reply");
            try (ServiceProcess service = ServiceProcess.startJar(project, project.resolve(JAR), Map.of())) {
                service.awaitOutput("rmqdemo started", Duration.ofSeconds(60));

                publish(channel, "order.create", REQUEST);
                assertReply(RmqPeer.next(channel, replies, WAIT));

                publish(channel, "order.create", "this is not JSON");
                assertEquals("this is not JSON", RmqPeer.next(channel, deadQueue, WAIT));
                String unknown = REQUEST.replace("\"create\"", "\"unknown\"");
                publish(channel, "order.unknown", unknown);
                assertEquals(unknown, RmqPeer.next(channel, deadQueue, WAIT));

                service.sendSigterm();
                assertEquals(0, service.awaitExit(Duration.ofSeconds(20)), service.output());
            } finally {
                topology.cleanUp(channel);
            }
        }
    }

    /** The §8.2 reply: field names and order, values, the reply's own id and time by their form. */
    private static void assertReply(String body) throws Exception {
        JsonNode reply = new ObjectMapper().readTree(body);
        List<String> fields = new ArrayList<>();
        reply.fieldNames().forEachRemaining(fields::add);
        assertEquals(
                List.of(
                        "system_from",
                        "system_to",
                        "object",
                        "action",
                        "reference_id",
                        "message_id",
                        "params",
                        "priority",
                        "api_version",
                        "datetime_created"),
                fields);
        assertEquals("bpm", reply.get("system_from").asText());
        assertEquals("crm", reply.get("system_to").asText());
        assertEquals("order", reply.get("object").asText());
        assertEquals("create_reply", reply.get("action").asText());
        assertEquals("R1", reply.get("reference_id").asText());
        assertTrue(
                reply.get("message_id")
                        .asText()
                        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"),
                body);
        assertEquals(
                new ObjectMapper()
                        .readTree("{\"status\":{\"success\":true,\"request_id\":\"M1\",\"errors\":[]},"
                                + "\"data\":{\"handled\":7}}"),
                reply.get("params"));
        List<String> params = new ArrayList<>();
        reply.get("params").fieldNames().forEachRemaining(params::add);
        assertEquals(List.of("status", "data"), params);
        assertEquals(1, reply.get("priority").asInt());
        assertEquals("1.0", reply.get("api_version").asText());
        assertTrue(reply.get("datetime_created").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"), body);
    }

    private void publish(Channel channel, String routingKey, String body) throws Exception {
        channel.basicPublish(exchange, routingKey, new AMQP.BasicProperties(), body.getBytes(StandardCharsets.UTF_8));
    }

    private String config() {
        return """
                app_name: rmqdemo
                connections:
                  rmq_main:
                    driver: rmq
                    config:
                      dsn: amqp://guest:guest@127.0.0.1:5672/%2F
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
                            durable: false
                          queues:
                            QUEUE:
                              coro: 2
                              config:
                                prefetch: 10
                                arguments:
                                  durable: false
                                additional:
                                  x-dead-letter-exchange: DLX
                              bindings:
                                - order.create
                                - order.unknown
                workers:
                  order_intake:
                    name: order_intake
                    worker: order_handler
                    dispatcher: esb
                    enabled: true
                    routes:
                      - order.create
                """.replace("EXCHANGE", exchange).replace("QUEUE", queue).replace("DLX", deadLetters);
    }
}
