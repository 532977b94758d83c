package dev.shiva.runtime.internal.connections;

import static dev.shiva.runtime.internal.connections.DriverTesting.OPEN_TIMEOUT;
import static dev.shiva.runtime.internal.connections.DriverTesting.openFailure;
import static dev.shiva.runtime.internal.connections.DriverTesting.spec;
import static dev.shiva.runtime.internal.connections.DriverTesting.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoClientSettings;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.shiva.runtime.ConfigException;
import io.micronaut.configuration.mongo.core.NamedMongoConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Against mongo-java-server, an in-memory server of the MongoDB wire protocol started by the test. */
class MongoDriverTest {

    private static MongoServer server;
    private static String address;

    private final MongoDriver driver = new MongoDriver();

    @BeforeAll
    static void startServer() {
        DriverTesting.quiet();
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        address = "127.0.0.1:" + server.getLocalAddress().getPort();
    }

    @AfterAll
    static void stopServer() {
        server.shutdownNow();
    }

    @Test
    void opensCreatesTheIndexesAndWorks() throws Exception {
        String db = "shop_" + unique();
        ConnectionSpec spec = spec("mongo_main", "mongodb", """
                dsn: mongodb://%s/%s
                pool_min: 1
                pool_max: 7
                indexes:
                  %s:
                    orders:
                      by_customer: {customer: ASCENDING, date: DESCENDING}
                      by_text: {title: TEXT}
                    events:
                      by_id: {event_id: HASHED}
                """.formatted(address, db, db));
        assertEquals(address + "/" + db, driver.target(spec));
        try (ApplicationContext context = DriverTesting.context(driver, spec)) {
            MongoClientSettings settings = context.getBean(
                            NamedMongoConfiguration.class, Qualifiers.byName("mongo-main"))
                    .buildSettings();
            assertEquals(1, settings.getConnectionPoolSettings().getMinSize());
            assertEquals(7, settings.getConnectionPoolSettings().getMaxSize());

            OpenConnection open = driver.open(spec, context, OPEN_TIMEOUT);
            MongoClient client = assertInstanceOf(MongoClient.class, open.handle());
            MongoCollection<Document> orders = client.getDatabase(db).getCollection("orders");
            Mono.from(orders.insertOne(new Document("customer", "c1").append("title", "red shoes")))
                    .block();
            Document found = Mono.from(
                            orders.find(new Document("customer", "c1")).first())
                    .block();
            assertEquals("red shoes", found.getString("title"));

            Map<String, Document> indexes = Flux.from(orders.listIndexes())
                    .collectMap(index -> index.getString("name"))
                    .block();
            assertEquals(
                    Map.of("customer", "ASCENDING", "date", "DESCENDING"), IndexSpec.kinds(indexes.get("by_customer")));
            assertEquals(
                    List.of("customer", "date"),
                    List.copyOf(((Document) indexes.get("by_customer").get("key")).keySet()));
            assertEquals(Map.of("title", "TEXT"), IndexSpec.kinds(indexes.get("by_text")));
            Map<String, String> events = Flux.from(
                            client.getDatabase(db).getCollection("events").listIndexes())
                    .collectMap(index -> index.getString("name"), index -> IndexSpec.kinds(index)
                            .toString())
                    .block();
            assertEquals("{event_id=HASHED}", events.get("by_id"));

            assertTrue(open.probe(Duration.ofSeconds(5)));

            // Opening again finds the same indexes: nothing to do.
            OpenConnection again = driver.open(spec, context, OPEN_TIMEOUT);
            assertEquals(3, Flux.from(orders.listIndexes()).count().block()); // _id_ and ours
            again.close();
            open.close();
        }
    }

    @Test
    void anIndexOfTheSameNameWithOtherKeysFailsTheStart() throws Exception {
        String db = "shop_" + unique();
        ConnectionSpec first = spec("mongo_first", "mongodb", """
                dsn: mongodb://%s
                indexes: {%s: {orders: {by_customer: {customer: ASCENDING}}}}
                """.formatted(address, db));
        ConnectionSpec second = spec("mongo_second", "mongodb", """
                dsn: mongodb://%s
                indexes: {%s: {orders: {by_customer: {customer: DESCENDING}}}}
                """.formatted(address, db));
        try (ApplicationContext context = DriverTesting.context(driver, first, second)) {
            driver.open(first, context, OPEN_TIMEOUT).close();
            ConnectionFailedException failure =
                    assertThrows(ConnectionFailedException.class, () -> driver.open(second, context, OPEN_TIMEOUT));
            assertTrue(failure.getMessage().contains("index " + db + ".orders.by_customer"), failure.getMessage());
            assertTrue(failure.getMessage().contains("DESCENDING"), failure.getMessage());
        }
    }

    @Test
    void anUnreachableServerFailsInTimeAndSaysWhy() {
        ConnectionSpec spec = spec("mongo_down", "mongodb", "dsn: mongodb://app:NeverShown9@127.0.0.1:1/db\n");
        String message = openFailure(driver, spec, Duration.ofSeconds(3), "NeverShown9");
        assertEquals("127.0.0.1:1/db", driver.target(spec));
        assertTrue(message.toLowerCase(Locale.ROOT).contains("connection refused"), message);
    }

    @Test
    void contextPropertiesAndConfigMistakes() {
        Map<String, Object> properties =
                driver.contextProperties(spec("mongo_x", "mongodb", "dsn: mongodb://h:27017\n"));
        assertEquals("mongodb://h:27017", properties.get("mongodb.servers.mongo-x.uri"));
        assertEquals(0L, properties.get("mongodb.servers.mongo-x.connection-pool.min-size"));
        assertEquals(100L, properties.get("mongodb.servers.mongo-x.connection-pool.max-size"));

        ConfigException kind =
                assertThrows(ConfigException.class, () -> driver.contextProperties(spec("m", "mongodb", """
                dsn: mongodb://h:27017
                indexes: {db: {c: {i: {f: UPWARDS}}}}
                """)));
        assertTrue(kind.getMessage().startsWith("config.yml:2:"), kind.getMessage());
        assertTrue(kind.getMessage().contains("UPWARDS"), kind.getMessage());
        ConfigException missing = assertThrows(
                ConfigException.class, () -> driver.contextProperties(spec("m", "mongodb", "pool_max: 3\n")));
        assertTrue(missing.getMessage().contains("missing key 'dsn'"), missing.getMessage());
    }

    @Test
    void indexSignaturesIgnoreTheOrderOfTextFieldsOnly() {
        assertEquals(
                IndexSpec.signature(Map.of("a", "TEXT")),
                IndexSpec.signature(IndexSpec.kinds(new Document("key", new Document("_fts", "text").append("_ftsx", 1))
                        .append("weights", new Document("a", 1)))));
        Map<String, String> ab = new java.util.LinkedHashMap<>();
        ab.put("a", "ASCENDING");
        ab.put("b", "ASCENDING");
        Map<String, String> ba = new java.util.LinkedHashMap<>();
        ba.put("b", "ASCENDING");
        ba.put("a", "ASCENDING");
        assertTrue(!IndexSpec.signature(ab).equals(IndexSpec.signature(ba)));
        assertEquals(
                List.of("TEXT[x, y]"),
                IndexSpec.signature(Map.of("y", "TEXT", "x", "TEXT")).stream().collect(Collectors.toList()));
    }
}
