package dev.shiva.runtime;

import static dev.shiva.runtime.support.TestBlueprint.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.rmq.OrderHandler;
import com.example.rmq.OrderRoutes;
import com.rabbitmq.client.GetResponse;
import dev.shiva.runtime.support.Broker;
import dev.shiva.runtime.support.ConfigFiles;
import dev.shiva.runtime.support.Events;
import dev.shiva.runtime.support.TestBlueprint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rmq dispatcher against the local RabbitMQ: routing, replies, failure handling, stop. */
class RmqDispatcherTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Pattern UUID4 =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern DATETIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");

    @TempDir
    Path directory;

    private Broker broker;
    private RunningService service;
    private String exchange;
    private String queue;
    private String dlx;
    private String dlq;

    @BeforeEach
    void setUp() throws Exception {
        Events.reset();
        OrderHandler.slowStarted = new CountDownLatch(1);
        broker = new Broker();
        exchange = broker.exchangeName("esb");
        queue = broker.queueName("orders");
        dlx = broker.exchangeName("dlx");
        dlq = broker.deadLetter(dlx);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (service != null) {
            service.stop();
        }
        broker.close();
    }

    private String config(String queueExtra, String dsn) {
        return """
                app_name: rmqtest
                common:
                  grace_period_seconds: 5
                  web: {host: 127.0.0.1, port: 0}
                connections:
                  rmq_main:
                    driver: rmq
                    config:
                      dsn: %s
                dispatchers:
                  metrics:
                    dispatcher: metrics_root
                    enabled: true
                  esb:
                    dispatcher: rmq
                    enabled: true
                    connection: rmq_main
                    proto: JSON_Routed_BPM
                    config:
                      exchanges:
                        %s:
                          config: {type: topic}
                          queues:
                            %s:
                              config:
                                prefetch: 10
                                additional: {x-dead-letter-exchange: %s}
                              bindings: [order.create, order.update, order.fail, order.slow, order.manual,
                                         order.notify, order.unknown, order.bad, order.typed]
                %s
                workers:
                  orders:
                    worker: order_handler
                    dispatcher: esb
                    enabled: true
                """.formatted(dsn, exchange, queue, dlx, queueExtra.indent(14).stripTrailing());
    }

    private RunningService start(String yaml) {
        Path file = ConfigFiles.write(directory, yaml);
        TestBlueprint blueprint = TestBlueprint.of("rmqtest", yaml)
                .dispatcher("metrics", DispatcherKind.METRICS)
                .rmq("esb", Optional.of(new OrderRoutes()), worker("orders", OrderHandler.class));
        service = ShivaApplication.start(
                RmqDispatcherTest.class, new String[] {"--config", file.toString()}, blueprint, Map.of());
        return service;
    }

    private static String bpm(String object, String action, String params) {
        return "{\"system_from\":\"crm\",\"system_to\":\"bpm\",\"object\":\"" + object + "\",\"action\":\"" + action
                + "\",\"reference_id\":\"R1\",\"message_id\":\"M1\",\"params\":" + params + "}";
    }

    private double count(String name, String... tags) {
        MeterRegistry registry = service.applicationContext().getBean(MeterRegistry.class);
        Search search = registry.find(name).tags(tags);
        return search.counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private void awaitEvent(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (Events.all().stream().noneMatch(e -> e.startsWith(prefix))) {
            assertTrue(System.nanoTime() < deadline, "no event " + prefix + " in " + Events.all());
            Thread.sleep(20);
        }
    }

    private void awaitDepth(String name, long depth) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (broker.depth(name) != depth) {
            assertTrue(System.nanoTime() < deadline, name + " has " + broker.depth(name) + " messages, not " + depth);
            Thread.sleep(20);
        }
    }

    @Test
    void routesReachTheirHandlerAndTheReplyMatchesSemantics() throws Exception {
        start(config("", Broker.DSN));
        String replies = broker.capture(exchange, "order.create_reply");
        broker.publish(exchange, "order.create", bpm("order", "create", "{\"id\":7}"));
        broker.publish(exchange, "order.update", bpm("order", "update", "{\"id\":8}"));

        GetResponse reply = broker.get(replies, WAIT);
        assertNotNull(reply, "no reply");
        assertEquals("order.create_reply", reply.getEnvelope().getRoutingKey());
        assertEquals(exchange, reply.getEnvelope().getExchange());
        assertEquals("application/json", reply.getProps().getContentType());
        String body = Broker.text(reply);
        // Field by field, in order; message_id and datetime_created by format.
        java.util.regex.Matcher matcher = Pattern.compile(
                        "\\{\"system_from\":\"bpm\",\"system_to\":\"crm\",\"object\":\"order\",\"action\":\"create_reply\","
                                + "\"reference_id\":\"R1\",\"message_id\":\"([^\"]+)\",\"params\":\\{\"status\":\\{\"success\":true,"
                                + "\"request_id\":\"M1\",\"errors\":\\[\\]\\},\"data\":\\{\"handled\":7\\}\\},\"priority\":1,"
                                + "\"api_version\":\"1.0\",\"datetime_created\":\"([^\"]+)\"\\}")
                .matcher(body);
        assertTrue(matcher.matches(), body);
        assertTrue(UUID4.matcher(matcher.group(1)).matches(), matcher.group(1));
        assertTrue(DATETIME.matcher(matcher.group(2)).matches(), matcher.group(2));

        awaitEvent("update");
        assertEquals(List.of("create orders {id=7}", "update {id=8}"), Events.all());
        awaitDepth(queue, 0);
        assertEquals(0, broker.depth(dlq));
        assertEquals(1.0, count("shiva.rmq.acked", "route", "order.create", "queue", queue));
        assertNull(broker.get(replies, Duration.ofMillis(200)), "one reply only");
    }

    @Test
    void invalidMessagesAreDeadLetteredAndCounted() throws Exception {
        start(config("", Broker.DSN));
        broker.publish(exchange, "order.unknown", bpm("order", "unknown", "{}"));
        broker.publish(exchange, "order.bad", "{not json");
        broker.publish(exchange, "order.bad", "{\"object\":\"order\",\"message_id\":\"M9\"}");
        broker.publish(exchange, "order.bad", "[1,2]");
        awaitDepth(dlq, 4);
        assertEquals(0, broker.depth(queue));
        assertEquals(1.0, count("shiva.rmq.rejected", "reason", "unknown_route", "route", "(unknown)"));
        assertEquals(1.0, count("shiva.rmq.rejected", "reason", "bad_json"));
        assertEquals(1.0, count("shiva.rmq.rejected", "reason", "missing_action"));
        assertEquals(1.0, count("shiva.rmq.rejected", "reason", "not_object"));
        assertEquals(0.0, count("shiva.rmq.acked"));
        assertEquals(List.of(), Events.all());
    }

    @Test
    void typedParamsAreBoundAndMisfitsDeadLetteredAsBadParams() throws Exception {
        start(config("ack: nack-on-error\nretry: {attempts: 3, delay_ms: 10}", Broker.DSN));
        broker.publish(exchange, "order.typed", bpm("order", "typed", "{\"orderId\":\"A\",\"quantity\":3,\"x\":null}"));
        broker.publish(exchange, "order.typed", bpm("order", "typed", "{\"orderId\":\"B\",\"quantity\":\"lots\"}"));
        broker.publish(exchange, "order.typed", bpm("order", "typed", "{\"orderId\":\"C\"}"));
        broker.publish(exchange, "order.typed", bpm("order", "typed", "{\"quantity\":99999999999}"));
        awaitDepth(dlq, 3);
        awaitEvent("typed");
        assertEquals(
                List.of(
                        "typed OrderCreate[orderId=A, quantity=3, note=null] {\"orderId\":\"A\",\"quantity\":3,\"x\":null}"),
                Events.all());
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (count("shiva.rmq.acked") < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1.0, count("shiva.rmq.acked", "route", "order.typed"));
        assertEquals(3.0, count("shiva.rmq.rejected", "reason", "bad_params", "route", "order.typed"));
        assertEquals(3.0, count("shiva.rmq.rejected"), "not retried, not requeued under nack-on-error");
        assertEquals(0.0, count("shiva.rmq.failed"));
        assertEquals(0, broker.depth(queue));
    }

    @Test
    void rejectOnErrorRetriesThenDeadLetters() throws Exception {
        start(config("ack: reject-on-error\nretry: {attempts: 3, delay_ms: 10}", Broker.DSN));
        broker.publish(exchange, "order.fail", bpm("order", "fail", "{}"));
        awaitDepth(dlq, 1);
        assertEquals(3, Events.counter("fail M1"));
        assertEquals(1.0, count("shiva.rmq.failed", "route", "order.fail"));
        assertEquals(1.0, count("shiva.rmq.rejected", "reason", "handler_error"));
        assertEquals(0.0, count("shiva.rmq.acked"));
    }

    @Test
    void retriesStopAtTheFirstSuccess() throws Exception {
        start(config("retry: {attempts: 5, delay_ms: 10}", Broker.DSN));
        broker.publish(exchange, "order.fail", bpm("order", "fail", "{\"succeed_on\":2}"));
        awaitDepth(queue, 0);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (count("shiva.rmq.acked") < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(2, Events.counter("fail M1"));
        assertEquals(1.0, count("shiva.rmq.acked", "route", "order.fail"));
        assertEquals(0, broker.depth(dlq));
    }

    @Test
    void ackAcksFailedMessages() throws Exception {
        start(config("ack: ack", Broker.DSN));
        broker.publish(exchange, "order.fail", bpm("order", "fail", "{}"));
        awaitEvent("fail");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (count("shiva.rmq.acked") < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1.0, count("shiva.rmq.acked", "route", "order.fail"));
        assertEquals(1.0, count("shiva.rmq.failed", "route", "order.fail"));
        assertEquals(0, broker.depth(queue));
        assertEquals(0, broker.depth(dlq));
    }

    @Test
    void ackFirstAcksBeforeTheHandler() throws Exception {
        start(config("ack: ack-first", Broker.DSN));
        broker.publish(exchange, "order.fail", bpm("order", "fail", "{}"));
        awaitEvent("fail");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (count("shiva.rmq.failed") < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1.0, count("shiva.rmq.acked", "route", "order.fail"));
        assertEquals(1, Events.counter("fail M1"));
        assertEquals(0, broker.depth(dlq));
    }

    @Test
    void nackOnErrorRedelivers() throws Exception {
        start(config("ack: nack-on-error", Broker.DSN));
        broker.publish(exchange, "order.fail", bpm("order", "fail", "{\"succeed_on\":2}"));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (count("shiva.rmq.acked") < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(List.of("fail redelivered=false", "fail redelivered=true"), Events.all());
        assertEquals(1.0, count("shiva.rmq.rejected", "reason", "handler_error"));
        assertEquals(0, broker.depth(dlq));
    }

    @Test
    void manualLeavesTheSettlementToTheHandler() throws Exception {
        start(config("ack: manual", Broker.DSN));
        broker.publish(exchange, "order.manual", bpm("order", "manual", "{}"));
        awaitDepth(dlq, 1);
        assertEquals(1.0, count("shiva.rmq.rejected", "reason", "handler"));
        assertEquals(0.0, count("shiva.rmq.acked"));
    }

    @Test
    void unroutedAllGivesEveryMessageToEveryWorkerWithoutReply() throws Exception {
        String yaml = config("", Broker.DSN).replace("proto: JSON_Routed_BPM", "proto: JSON_UnroutedALL") + """
                  audit:
                    worker: order_handler
                    dispatcher: esb
                    enabled: true
                """;
        Path file = ConfigFiles.write(directory, yaml);
        TestBlueprint blueprint = TestBlueprint.of("rmqtest", yaml)
                .dispatcher("metrics", DispatcherKind.METRICS)
                .rmq(
                        "esb",
                        Optional.empty(),
                        worker("orders", OrderHandler.class),
                        worker("audit", OrderHandler.class));
        service = ShivaApplication.start(
                RmqDispatcherTest.class, new String[] {"--config", file.toString()}, blueprint, Map.of());
        String replies = broker.capture(exchange, "#");
        broker.publish(exchange, "order.create", "{\"object\":\"anything\",\"params\":{\"k\":1}}");
        awaitEvent("all audit");
        assertEquals(List.of("all orders {k=1}", "all audit {k=1}"), Events.all());
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (count("shiva.rmq.acked") < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1.0, count("shiva.rmq.acked", "route", "(all)"));
        assertEquals("order.create", broker.get(replies, WAIT).getEnvelope().getRoutingKey(), "the request itself");
        assertNull(broker.get(replies, Duration.ofMillis(200)), "no reply on JSON_UnroutedALL");
    }

    @Test
    void coroGivesThatManyConsumers() throws Exception {
        start(config("coro: 3", Broker.DSN));
        assertEquals(3, broker.consumers(queue));
        service.stop();
        assertEquals(0, broker.consumers(queue));
    }

    @Test
    void stopLetsAnInFlightHandlerFinishAndAcksIt() throws Exception {
        start(config("", Broker.DSN));
        broker.publish(exchange, "order.slow", bpm("order", "slow", "{\"ms\":1500}"));
        assertTrue(OrderHandler.slowStarted.await(5, TimeUnit.SECONDS));
        long started = System.nanoTime();
        service.stop();
        assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(1000), "the stop waited");
        assertTrue(Events.all().contains("slow done"));
        assertEquals(0, broker.depth(queue), "acked, not requeued");
        assertEquals(0, broker.depth(dlq));
        assertEquals(0, broker.consumers(queue));
    }

    @Test
    void routedPublisherWritesTheEnvelopeInOrder() throws Exception {
        start(config("", Broker.DSN));
        String invoices = broker.capture(exchange, "invoice.create");
        String custom = broker.capture(exchange, "custom.key");
        broker.publish(exchange, "order.notify", bpm("order", "notify", "{}"));
        GetResponse first = broker.get(invoices, WAIT);
        assertNotNull(first);
        String body = Broker.text(first);
        java.util.regex.Matcher matcher = Pattern.compile(
                        "\\{\"system_from\":\"rmqtest\",\"system_to\":\"crm\",\"object\":\"invoice\",\"action\":\"create\","
                                + "\"reference_id\":\"([^\"]+)\",\"message_id\":\"([^\"]+)\",\"params\":\\{\"n\":1\\},"
                                + "\"priority\":1,\"api_version\":\"1.0\",\"datetime_created\":\"([^\"]+)\"\\}")
                .matcher(body);
        assertTrue(matcher.matches(), body);
        assertEquals(matcher.group(1), matcher.group(2), "reference_id defaults to the message id");
        assertTrue(UUID4.matcher(matcher.group(2)).matches());
        assertTrue(DATETIME.matcher(matcher.group(3)).matches());
        GetResponse second = broker.get(custom, WAIT);
        assertNotNull(second);
        assertTrue(Broker.text(second).contains("\"reference_id\":\"REF\""), Broker.text(second));
        assertNull(first.getProps().getDeliveryMode(), "transient: the exchange is not durable");
        assertEquals("application/json", first.getProps().getContentType());
    }

    @Test
    void anyWorkerPublishesThroughThePublishersBean() throws Exception {
        start(config("", Broker.DSN));
        String captured = broker.capture(exchange, "invoice.create");
        Publishers publishers = service.applicationContext().getBean(Publishers.class);

        String id = publishers.forDispatcher("esb").publish("crm", "invoice", "create", Map.of("n", 2));

        GetResponse message = broker.get(captured, WAIT);
        assertNotNull(message);
        assertTrue(Broker.text(message).contains("\"message_id\":\"" + id + "\""), Broker.text(message));
        IllegalStateException unknown =
                assertThrows(IllegalStateException.class, () -> publishers.forDispatcher("payments"));
        assertEquals("no running rmq dispatcher 'payments'; running: esb", unknown.getMessage());
    }

    @Test
    void aQueueWithOtherArgumentsStopsTheStartWithOneLine() throws Exception {
        broker.channel().exchangeDeclare(exchange, "topic");
        broker.channel().queueDeclare(queue, false, false, false, Map.of("x-max-length", 5));
        ServiceStartException failure = assertThrows(ServiceStartException.class, () -> start(config("", Broker.DSN)));
        String message = failure.getMessage();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.contains("queue '" + queue + "'"), message);
        assertTrue(message.contains("x-dead-letter-exchange"), message);
        assertTrue(message.contains("delete the queue or align config.yml"), message);
        assertEquals(1, failure.exitCode());
    }

    @Test
    void aWrongPasswordFailsWithoutShowingIt() {
        ServiceStartException failure = assertThrows(
                ServiceStartException.class, () -> start(config("", "amqp://guest:S3cretPw@127.0.0.1:5672/%2F")));
        String message = failure.getMessage();
        assertFalse(message.contains("S3cretPw"), message);
        assertTrue(message.startsWith("connection 'rmq_main' (rmq 127.0.0.1:5672/%2F): "), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void readinessListsTheRmqIndicators() {
        start(config("", Broker.DSN));
        List<ReadinessIndicator> indicators = new ArrayList<>(service.applicationContext()
                .getBean(dev.shiva.runtime.internal.web.RuntimeIndicators.class)
                .indicators());
        assertEquals(
                List.of("connection rmq_main", "consumers esb"),
                indicators.stream().map(ReadinessIndicator::name).toList());
        assertTrue(indicators.stream().allMatch(ReadinessIndicator::isReady));
    }
}
