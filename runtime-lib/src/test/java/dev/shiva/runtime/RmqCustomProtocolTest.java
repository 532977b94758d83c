package dev.shiva.runtime;

import static dev.shiva.runtime.support.TestBlueprint.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.rmq.CsvWorker;
import com.example.rmq.OrderHandler;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;
import dev.shiva.runtime.support.Broker;
import dev.shiva.runtime.support.ConfigFiles;
import dev.shiva.runtime.support.Events;
import dev.shiva.runtime.support.TestBlueprint;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom protocols ({@code proto: <class>}) against the local RabbitMQ: the one delivery path of every protocol. */
class RmqCustomProtocolTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String CSV = "com.example.rmq.CsvProtocol";

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
        broker = new Broker();
        exchange = broker.exchangeName("csv");
        queue = broker.queueName("lines");
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

    /** A dispatcher with {@code proto} whose workers are {@code entries} (key → extra lines of the entry). */
    private RunningService start(
            String proto, String queueExtra, Map<String, Class<? extends Worker<?>>> entries, String workerExtra) {
        StringBuilder workers = new StringBuilder();
        entries.keySet().forEach(key -> workers.append(
                        """
                  %s:
                    worker: %s
                    dispatcher: esb
                    enabled: true
                """.formatted(key, entries.get(key) == CsvWorker.class ? "csv_worker" : "order_handler"))
                .append(workerExtra.isEmpty() ? "" : workerExtra.indent(4)));
        String yaml = """
                app_name: csvtest
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
                    proto: %s
                    config:
                      exchanges:
                        %s:
                          config: {type: topic}
                          queues:
                            %s:
                              config:
                                additional: {x-dead-letter-exchange: %s}
                              bindings: [lines]
                %s
                workers:
                %s""".formatted(
                        Broker.DSN,
                        proto,
                        exchange,
                        queue,
                        dlx,
                        queueExtra.indent(14).stripTrailing(),
                        workers.toString().stripTrailing());
        Path file = ConfigFiles.write(directory, yaml);
        WorkerBlueprint[] blueprints = entries.entrySet().stream()
                .map(e -> worker(e.getKey(), e.getValue()))
                .toArray(WorkerBlueprint[]::new);
        TestBlueprint blueprint = TestBlueprint.of("csvtest", yaml)
                .dispatcher("metrics", DispatcherKind.METRICS)
                .rmq("esb", Optional.empty(), blueprints);
        service = ShivaApplication.start(
                RmqCustomProtocolTest.class, new String[] {"--config", file.toString()}, blueprint, Map.of());
        return service;
    }

    private static Map<String, Class<? extends Worker<?>>> twoCsvWorkers() {
        Map<String, Class<? extends Worker<?>>> entries = new java.util.LinkedHashMap<>();
        entries.put("first", CsvWorker.class);
        entries.put("second", CsvWorker.class);
        return entries;
    }

    private void publish(String body) throws Exception {
        broker.channel()
                .basicPublish(
                        exchange,
                        "lines",
                        new AMQP.BasicProperties.Builder()
                                .messageId("ID-" + body.strip())
                                .build(),
                        body.getBytes(StandardCharsets.UTF_8));
    }

    private double count(String name, String... tags) {
        MeterRegistry registry = service.applicationContext().getBean(MeterRegistry.class);
        return registry.find(name).tags(tags).counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what + "; events: " + Events.all());
            Thread.sleep(20);
        }
    }

    private void awaitDepth(String name, long depth) throws Exception {
        await(() -> depthOf(name) == depth, name + " does not hold " + depth + " messages");
    }

    private long depthOf(String name) {
        try {
            return broker.depth(name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void messagesReachEveryWorkerInConfigOrderAndAReplyIsPublished() throws Exception {
        start(CSV, "", twoCsvWorkers(), "");
        String replies = broker.capture(exchange, "csv.echo_reply");
        publish("note,a,b");
        await(() -> count("shiva.rmq.acked", "route", "note") == 1, "note not acked");
        assertEquals(
                List.of("line first [note, a, b] redelivered=false", "line second [note, a, b] redelivered=false"),
                Events.all());

        publish("echo,second,hello");
        GetResponse reply = broker.get(replies, WAIT);
        assertNotNull(reply, "no reply");
        assertEquals("second:hello", Broker.text(reply));
        assertEquals(exchange, reply.getEnvelope().getExchange());
        await(() -> count("shiva.rmq.acked", "route", "echo") == 1, "echo not acked");

        publish("other,1");
        await(() -> count("shiva.rmq.acked", "route", "(unknown)") == 1, "a route outside routes() is (unknown)");
        assertEquals(0, broker.depth(queue));
        assertEquals(0, broker.depth(dlq));
        assertEquals(3.0, count("shiva.rmq.consumed"));
    }

    @Test
    void decodeRejectionsAreDeadLetteredAndCountedWithTheirReason() throws Exception {
        start(CSV, "", twoCsvWorkers(), "");
        publish("");
        publish("   ");
        publish("boom");
        publish("echo,nobody,x");
        awaitDepth(dlq, 4);
        assertEquals(2.0, count("shiva.rmq.rejected", "reason", "empty_line", "route", "(invalid)"));
        assertEquals(1.0, count("shiva.rmq.rejected", "reason", "decode_error", "route", "(invalid)"));
        assertEquals(1.0, count("shiva.rmq.rejected", "reason", "no_worker", "route", "echo"));
        assertEquals(0.0, count("shiva.rmq.failed"));
        assertEquals(0.0, count("shiva.rmq.acked"));
        assertEquals(List.of(), Events.all());
    }

    @Test
    void aFailingWorkerIsRetriedAndRejectedUnderRejectOnError() throws Exception {
        start(CSV, "ack: reject-on-error\nretry: {attempts: 2, delay_ms: 10}", twoCsvWorkers(), "");
        publish("fail");
        awaitDepth(dlq, 1);
        assertEquals(2, Events.counter("fail first"), "each worker's own call is retried");
        assertEquals(2, Events.counter("fail second"), "a failing worker does not stop the others");
        assertEquals(1.0, count("shiva.rmq.failed", "route", "fail"));
        assertEquals(1.0, count("shiva.rmq.rejected", "reason", "handler_error", "route", "fail"));
        assertEquals(0.0, count("shiva.rmq.acked"));
    }

    @Test
    void ackFirstAcksBeforeTheWorkersRun() throws Exception {
        start(CSV, "ack: ack-first", twoCsvWorkers(), "");
        publish("fail");
        await(() -> count("shiva.rmq.failed") == 1, "not failed");
        assertEquals(1.0, count("shiva.rmq.acked", "route", "fail"));
        assertEquals(0, broker.depth(dlq));
        assertEquals(0, broker.depth(queue));
    }

    @Test
    void aProtocolWithoutBeanReachesAnEntryByKeyAndItsAckPolicyApplies() throws Exception {
        start("com.example.rmq.LineProtocol", "", Map.of("lines", CsvWorker.class), "ack: nack-on-error");
        publish("flaky");
        await(() -> count("shiva.rmq.acked") == 1, "not acked after the redelivery");
        assertEquals(
                List.of("line lines [flaky] redelivered=false", "line lines [flaky] redelivered=true"), Events.all());
        assertEquals(1.0, count("shiva.rmq.rejected", "reason", "handler_error", "route", "(all)"));
        assertEquals(0, broker.depth(dlq));
    }

    @Test
    void stopLetsAnInFlightHandlerFinishAndAcksIt() throws Exception {
        start(CSV, "", Map.of("only", CsvWorker.class), "");
        publish("slow,1000");
        await(() -> Events.all().stream().anyMatch(e -> e.startsWith("line only [slow")), "not started");
        service.stop();
        assertTrue(Events.all().contains("slow done only"));
        assertEquals(0, broker.depth(queue), "acked, not requeued");
        assertEquals(0, broker.depth(dlq));
    }

    @Test
    void anUnknownClassStopsTheStartWithOneLine() {
        ServiceStartException failure = assertThrows(
                ServiceStartException.class,
                () -> start("com.example.rmq.NoSuchProtocol", "", Map.of("only", CsvWorker.class), ""));
        assertOneLine(failure, "dispatcher 'esb': proto 'com.example.rmq.NoSuchProtocol' is neither JSON_Routed_BPM,");
    }

    @Test
    void aClassThatIsNoProtocolStopsTheStartWithOneLine() {
        ServiceStartException failure = assertThrows(
                ServiceStartException.class,
                () -> start("com.example.rmq.OrderRoutes", "", Map.of("only", CsvWorker.class), ""));
        assertOneLine(
                failure,
                "dispatcher 'esb': proto 'com.example.rmq.OrderRoutes' does not implement dev.shiva.runtime.RmqProtocol");
    }

    @Test
    void aWorkerThatDoesNotImplementTheProtocolsInterfaceStopsTheStart() {
        ServiceStartException failure = assertThrows(
                ServiceStartException.class, () -> start(CSV, "", Map.of("orders", OrderHandler.class), ""));
        assertOneLine(
                failure,
                "dispatcher 'esb': worker 'orders' (com.example.rmq.OrderHandler) does not implement"
                        + " com.example.rmq.CsvHandler, which proto '" + CSV + "' calls");
    }

    private static void assertOneLine(ServiceStartException failure, String start) {
        String message = failure.getMessage();
        assertTrue(message.startsWith(start), message);
        assertFalse(message.contains("\n"), message);
        assertEquals(ServiceStartException.FAILURE, failure.exitCode());
    }
}
