package dev.shiva.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code it-projects/samples/orders-service.yml}, generated, built with Maven and run with {@code java
 * -jar} against the real local PostgreSQL, Redis and RabbitMQ and in-process MongoDB
 * (mongo-java-server) and S3 (s3proxy) servers: one {@code order.create} message makes the user's
 * handler write to all four stores through its generated {@code depends} accessors, the reply carries
 * what it read back, the test reads the stores itself, and {@code /readiness} lists every connection.
 * A wrong password or an unreachable host stops the start within a bound, with one line and no
 * password anywhere in the output.
 *
 * <p>The sample's {@code order_intake} depends on PostgreSQL and Redis; the test adds {@code
 * documents} and {@code files} to it (as a user would) so that one message reaches every driver. Its
 * exchange and queue names are made unique so that runs never share broker state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrdersServiceDriversTest {

    private static final String JAR = "target/orders-service-0.1.0-SNAPSHOT.jar";
    private static final String BUCKET = "invoices";
    private static final String ARCHIVE = "invoices-archive";
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final String exchange = "it.orders." + id;
    private final List<String> queues = List.of("it.orders_in." + id, "it.payments_in." + id, "it.orders_dead." + id);
    private final String replies = "it.orders.replies." + id;
    private final String events = "it.orders.events." + id;

    private Path project;

    private MongoServer mongo;
    private InetSocketAddress mongoAddress;
    private S3Proxy s3;
    private BlobStore blobs;

    @BeforeAll
    void generateBuildAndStartServers(@TempDir Path directory) throws Exception {
        project = directory;
        String sample = Files.readString(ShivaProcess.samples().resolve("orders-service.yml"), StandardCharsets.UTF_8);
        String config = sample.replace("ESB", exchange)
                .replace("orders_in", queues.get(0))
                .replace("payments_in", queues.get(1))
                .replace("orders_dead", queues.get(2));
        Files.writeString(project.resolve("config.yml"), config);
        TextEdits.replace(
                project.resolve("config.yml"),
                "      databases: [pg_main, cache]\n",
                "      databases: [pg_main, cache, documents]\n      storage: [files]\n");
        ShivaProcess generated = ShivaProcess.run(project, "generate", "--dir", project.toString());
        assertEquals(0, generated.exitCode(), generated.out() + generated.err());
        writeUserCode();
        MavenBuild.assertPackages(project);

        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        mongoAddress = mongo.getLocalAddress();
        blobs = new TransientNio2BlobStore();
        blobs.createContainer(BUCKET);
        blobs.createContainer(ARCHIVE);
        s3 = S3Proxy.builder()
                .blobStore(blobs)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "local", "local-secret")
                .build();
        s3.start();
        while (!s3.getState().equals("STARTED")) {
            Thread.sleep(20);
        }
    }

    @AfterAll
    void stopServers() throws Exception {
        if (s3 != null) {
            s3.stop();
        }
        if (blobs != null) {
            blobs.close();
        }
        if (mongo != null) {
            mongo.shutdownNow();
        }
    }

    @Test
    void oneMessageWritesToPostgresRedisMongoAndS3ThroughDependsHandles() throws Exception {
        int port = ServiceProcess.freePort();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri("amqp://guest:guest@127.0.0.1:5672/%2F");
        try (Connection connection = factory.newConnection("shiva-it");
                Channel channel = connection.createChannel()) {
            channel.exchangeDeclare(exchange, "topic", true);
            channel.queueDeclare(replies, false, false, true, null);
            channel.queueBind(replies, exchange, "order.create_reply");
            channel.queueDeclare(events, false, false, true, null);
            channel.queueBind(events, exchange, "order.created");
            try (ServiceProcess service = ServiceProcess.startJar(project, project.resolve(JAR), environment(port))) {
                service.awaitOutput("orders_service started", START_LIMIT);
                JsonNode readiness = new ObjectMapper()
                        .readTree(service.awaitReadiness(port, 200, START_LIMIT).body());
                for (String key : List.of("pg_main", "cache", "documents", "files", "rmq_main")) {
                    assertEquals(
                            "up",
                            readiness.path("checks").path("connection " + key).asText(),
                            readiness.toString());
                }

                String order = "o-" + id;
                String request = "{\"system_from\":\"crm\",\"system_to\":\"orders\",\"object\":\"order\","
                        + "\"action\":\"create\",\"reference_id\":\"R1\",\"message_id\":\"M-" + id + "\","
                        + "\"params\":{\"order_id\":\"" + order + "\",\"note\":\"ship to Lyon\"}}";
                channel.basicPublish(
                        exchange, "order.create", new AMQP.BasicProperties(), request.getBytes(StandardCharsets.UTF_8));
                JsonNode data = new ObjectMapper()
                        .readTree(RmqPeer.next(channel, replies, Duration.ofSeconds(20)))
                        .path("params")
                        .path("data");

                assertEquals(1, data.path("pg_rows").asInt(), data.toString());
                assertEquals("ship to Lyon", data.path("pg_note").asText(), data.toString());
                assertEquals("ship to Lyon", data.path("repo_note").asText(), "a Micronaut Data repository on pg-main");
                assertEquals("ship to Lyon", data.path("redis_note").asText(), data.toString());
                assertEquals(1, data.path("redis_pooled_count").asInt(), data.toString());
                assertEquals(1, data.path("mongo_count").asInt(), data.toString());
                assertEquals("ship to Lyon", data.path("s3_text").asText(), data.toString());
                assertEquals(12, data.path("s3_size").asInt(), data.toString());
                assertEquals("text/plain", data.path("s3_type").asText(), data.toString());
                assertEquals("crm", data.path("s3_meta_source").asText(), data.toString());
                assertTrue(data.path("s3_deleted_gone").asBoolean(), data.toString());

                // The rmq dependency: a RoutedPublisher on the connection, the dispatcher's first exchange.
                JsonNode event = new ObjectMapper().readTree(RmqPeer.next(channel, events, Duration.ofSeconds(20)));
                assertEquals("orders_service", event.path("system_from").asText(), event.toString());
                assertEquals("audit", event.path("system_to").asText(), event.toString());
                assertEquals("created", event.path("action").asText(), event.toString());
                assertEquals(order, event.path("params").path("order_id").asText(), event.toString());
                assertEquals(
                        data.path("event_id").asText(), event.path("message_id").asText(), event.toString());

                assertEquals("ship to Lyon", psql("SELECT note FROM shiva_it_orders WHERE id = '" + order + "'"));
                assertEquals("ship to Lyon", redis("GET", "shiva-it:order:" + order));
                try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongoAddress.getPort())) {
                    Document audit = client.getDatabase("orders")
                            .getCollection("audit")
                            .find(new Document("order_id", order))
                            .first();
                    assertEquals("ship to Lyon", audit == null ? null : audit.getString("note"));
                    List<String> indexes = client.getDatabase("orders")
                            .getCollection("audit")
                            .listIndexes()
                            .map(index -> index.getString("name"))
                            .into(new java.util.ArrayList<>());
                    assertTrue(indexes.containsAll(List.of("by_order", "by_text")), indexes.toString());
                }
                BlobStore store = blobs;
                assertTrue(store.blobExists(BUCKET, "order-" + order + ".txt"));
                assertFalse(store.blobExists(BUCKET, "scratch-" + order + ".txt"));
                assertTrue(store.blobExists(ARCHIVE, "order-" + order + ".txt"), "the per-call bucket");
                HttpResponse<String> link = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(data.path("s3_link").asText()))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertEquals(200, link.statusCode(), link.body());
                assertEquals("ship to Lyon", link.body());

                // MongoDB goes away: readiness goes down naming it, and comes back with the server.
                mongo.shutdownNow();
                JsonNode down = new ObjectMapper()
                        .readTree(service.awaitReadiness(port, 503, Duration.ofSeconds(30))
                                .body());
                assertTrue(down.path("not_ready").toString().contains("connection documents"), down.toString());
                mongo = new MongoServer(new MemoryBackend());
                mongo.bind("127.0.0.1", mongoAddress.getPort());
                service.awaitReadiness(port, 200, Duration.ofSeconds(30));

                service.sendSigterm();
                assertEquals(0, service.awaitExit(Duration.ofSeconds(30)), service.output());
                assertTrue(service.stdout().contains("connections closed"), service.output());
            } finally {
                for (String queue : queues) {
                    channel.queueDelete(queue);
                }
                channel.queueDelete(replies);
                channel.queueDelete(events);
                channel.exchangeDelete(exchange);
                channel.exchangeDelete(exchange + ".dlx");
                psql("DROP TABLE IF EXISTS shiva_it_orders");
            }
        }
    }

    @Test
    void anUnreachableDatabaseStopsTheStartWithOneLineAndNoPassword() throws Exception {
        Map<String, String> environment = environment(ServiceProcess.freePort());
        environment.put("ORDERS_PG_DSN", "postgresql://postgres:Pg-S3cret-Pass@127.0.0.1:1/postgres");
        assertFailsFast(environment, "connection 'pg_main' (postgres 127.0.0.1:1/postgres): ", "Pg-S3cret-Pass");
    }

    @Test
    void aWrongBrokerPasswordStopsTheStartWithOneLineAndNoPassword() throws Exception {
        Map<String, String> environment = environment(ServiceProcess.freePort());
        environment.put("ORDERS_AMQP_DSN", "amqp://guest:Wrong-Amqp-Pass@127.0.0.1:5672/%2F");
        assertFailsFast(environment, "connection 'rmq_main' (rmq 127.0.0.1:5672/%2F): ", "Wrong-Amqp-Pass");
    }

    @Test
    void aWrongS3SecretStopsTheStartWithOneLineAndNoSecret() throws Exception {
        Map<String, String> environment = environment(ServiceProcess.freePort());
        environment.put("ORDERS_S3_SECRET", "Wrong-S3-Secret");
        assertFailsFast(environment, "connection 'files' (s3 ", "Wrong-S3-Secret");
    }

    private void assertFailsFast(Map<String, String> environment, String expectedStart, String secret)
            throws Exception {
        try (ServiceProcess service = ServiceProcess.startJar(project, project.resolve(JAR), environment)) {
            long started = System.nanoTime();
            int exitCode = service.awaitExit(Duration.ofSeconds(45));
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

            assertNotEquals(0, exitCode, service.output());
            assertTrue(seconds < 45, "stopped within the bound: " + seconds + " s");
            assertEquals(1, service.stderr().lines().count(), service.output());
            assertTrue(service.stderr().startsWith("shiva: " + expectedStart), service.output());
            assertFalse(service.output().contains(secret), "the secret appears:\n" + service.output());
            assertFalse(service.output().contains("\tat "), service.output());
        }
    }

    private Map<String, String> environment(int port) {
        Map<String, String> environment = new HashMap<>();
        environment.put("ORDERS_HTTP_PORT", String.valueOf(port));
        environment.put("ORDERS_MONGO_DSN", "mongodb://127.0.0.1:" + mongoAddress.getPort());
        environment.put("ORDERS_S3_URL", "http://127.0.0.1:" + s3.getPort());
        return environment;
    }

    /**
     * The user's handler: what a developer writes in the created stub, through the generated
     * accessors, plus a Micronaut Data repository on the same datasource (the bean {@code pg-main}).
     */
    private void writeUserCode() throws IOException {
        Path workers = project.resolve("src/main/java/com/example/ordersservice/workers");
        Files.writeString(workers.resolve("OrderRow.java"), """
                package com.example.ordersservice.workers;

                import io.micronaut.data.annotation.Id;
                import io.micronaut.data.annotation.MappedEntity;

                @MappedEntity("shiva_it_orders")
                public record OrderRow(@Id String id, String note) {}
                """);
        Files.writeString(workers.resolve("OrderRows.java"), """
                package com.example.ordersservice.workers;

                import io.micronaut.data.model.query.builder.sql.Dialect;
                import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
                import io.micronaut.data.repository.reactive.ReactiveStreamsCrudRepository;

                @R2dbcRepository(dataSource = "pg-main", dialect = Dialect.POSTGRES)
                public interface OrderRows extends ReactiveStreamsCrudRepository<OrderRow, String> {}
                """);
        TextEdits.replace(workers.resolve("OrderHandler.java"), """
                    @Override
                    public Object orderCreate(BpmRequest request) throws Exception {
                        log().info("order.create {}: {}", request.messageId(), request.params());
                        // Return a value to publish it as the reply; null sends none.
                        return null;
                    }
                """, """
                    @jakarta.inject.Inject
                    OrderRows rows;

                    @Override
                    public void prepare() {
                        reactor.core.publisher.Mono.usingWhen(
                                        pgMain().create(),
                                        c -> reactor.core.publisher.Mono.from(c.createStatement(
                                                        "CREATE TABLE IF NOT EXISTS shiva_it_orders (id text PRIMARY KEY, note text)")
                                                .execute()).flatMap(r -> reactor.core.publisher.Mono.from(r.getRowsUpdated())),
                                        io.r2dbc.spi.Connection::close)
                                .block(java.time.Duration.ofSeconds(10));
                    }

                    @Override
                    public Object orderCreate(BpmRequest request) throws Exception {
                        String order = String.valueOf(request.params().get("order_id"));
                        String note = String.valueOf(request.params().get("note"));
                        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
                        data.put("pg_rows", reactor.core.publisher.Mono.usingWhen(
                                        pgMain().create(),
                                        c -> reactor.core.publisher.Mono.from(c.createStatement(
                                                        "INSERT INTO shiva_it_orders (id, note) VALUES ($1, $2)")
                                                .bind("$1", order).bind("$2", note).execute())
                                                .flatMap(r -> reactor.core.publisher.Mono.from(r.getRowsUpdated())),
                                        io.r2dbc.spi.Connection::close)
                                .block(java.time.Duration.ofSeconds(10)));
                        data.put("pg_note", reactor.core.publisher.Mono.usingWhen(
                                        pgMain().create(),
                                        c -> reactor.core.publisher.Mono.from(c.createStatement(
                                                        "SELECT note FROM shiva_it_orders WHERE id = $1")
                                                .bind("$1", order).execute())
                                                .flatMap(r -> reactor.core.publisher.Mono.from(
                                                        r.map((row, meta) -> row.get(0, String.class)))),
                                        io.r2dbc.spi.Connection::close)
                                .block(java.time.Duration.ofSeconds(10)));
                        data.put("repo_note", reactor.core.publisher.Mono.from(rows.findById(order))
                                .map(OrderRow::note)
                                .block(java.time.Duration.ofSeconds(10)));
                        cache().sync().set("shiva-it:order:" + order, note);
                        data.put("redis_note", cache().sync().get("shiva-it:order:" + order));
                        data.put("redis_pooled_count", cache().withPooled(connection -> {
                            connection.sync().multi();
                            connection.sync().incr("shiva-it:count:" + order);
                            return connection.sync().exec().get(0);
                        }));
                        var audit = documents().getDatabase("orders").getCollection("audit");
                        reactor.core.publisher.Mono.from(audit.insertOne(
                                        new org.bson.Document("order_id", order).append("note", note)))
                                .block(java.time.Duration.ofSeconds(10));
                        data.put("mongo_count", reactor.core.publisher.Mono.from(
                                        audit.countDocuments(new org.bson.Document("order_id", order)))
                                .block(java.time.Duration.ofSeconds(10)));
                        String key = "order-" + order + ".txt";
                        files().put(files().bucket().orElseThrow(), key,
                                note.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain",
                                java.util.Map.of("source", request.systemFrom()));
                        var info = files().head(key).orElseThrow();
                        data.put("s3_size", info.size());
                        data.put("s3_type", info.contentType());
                        data.put("s3_meta_source", info.metadata().get("source"));
                        data.put("s3_text", new String(files().get(key).orElseThrow(),
                                java.nio.charset.StandardCharsets.UTF_8));
                        data.put("s3_link", files().presignedGet(key, java.time.Duration.ofMinutes(5)).toString());
                        files().put("scratch-" + order + ".txt", new byte[] {1}, "application/octet-stream");
                        files().delete("scratch-" + order + ".txt");
                        data.put("s3_deleted_gone", files().head("scratch-" + order + ".txt").isEmpty());
                        files().put("invoices-archive", key, note.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                "text/plain", java.util.Map.of());
                        data.put("event_id", rmqMain().publish("audit", "order", "created",
                                java.util.Map.of("order_id", order)));
                        return java.util.Map.of("data", data);
                    }
                """);
        // The created unit test calls every route without connections; this service's order.create
        // needs its stores, so the user's test keeps to order.cancel.
        TextEdits.replace(
                project.resolve("src/test/java/com/example/ordersservice/workers/OrderHandlerTest.java"),
                "        Assertions.assertDoesNotThrow(() -> worker.orderCreate(new BpmRequest(\"test\", \"service\","
                        + " \"order\", \"create\", \"R1\", \"M1\", Map.of())));\n",
                "");
    }

    private static String psql(String sql) throws Exception {
        return command("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-tAc", sql);
    }

    private static String redis(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("redis-cli", "-h", "127.0.0.1", "-n", "1"));
        command.addAll(List.of(args));
        return command(command.toArray(String[]::new));
    }

    private static String command(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }
}
