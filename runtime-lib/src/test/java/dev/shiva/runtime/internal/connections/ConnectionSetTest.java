package dev.shiva.runtime.internal.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shiva.runtime.ConfigNode;
import dev.shiva.runtime.ServiceStartException;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The connection lifecycle of SEMANTICS §6 with drivers that record what is done to them. */
class ConnectionSetTest {

    private final List<String> events = new CopyOnWriteArrayList<>();

    @Test
    void opensByAscendingLevelConcurrentlyWithinALevelAndClosesInReverse() {
        CountDownLatch bothOfLevelZero = new CountDownLatch(2);
        Map<String, ConnectionSpec> specs = ConnectionSpecs.read(ConfigNode.fromYaml("""
                connections:
                  late: {driver: fake, level: 1, config: {dsn: "fake://host:1"}}
                  first: {driver: fake, config: {dsn: "fake://host:2"}}
                  second: {driver: fake, level: 0, config: {dsn: "fake://host:3"}}
                  last: {driver: fake, level: 2, config: {dsn: "fake://host:4"}}
                  unused: {driver: fake, config: {dsn: "fake://host:5"}}
                """, "config.yml"));
        ConnectionSet set = ConnectionSet.plan(
                specs, Set.of("late", "first", "second", "last"), spec -> new FakeDriver(spec.key(), bothOfLevelZero));

        set.open(null);

        // first and second each wait for the other inside open(): they can only both finish together.
        assertEquals(Set.of("open first", "open second"), Set.copyOf(events.subList(0, 2)), events.toString());
        assertEquals(List.of("open late", "open last"), events.subList(2, 4));
        assertFalse(events.contains("open unused"));
        assertEquals(Map.of("first", "handle first"), set.handles(List.of("first", "unused")));
        assertEquals(
                List.of("connection late", "connection first", "connection second", "connection last"),
                set.startProbes().stream()
                        .map(i -> i.name())
                        .sorted(this::byPlan)
                        .toList());
        assertTrue(set.startProbes().stream().allMatch(i -> i.isReady()));

        events.clear();
        set.close();
        assertEquals(List.of("close last", "close late", "close second", "close first"), events);
        set.close();
        assertEquals(4, events.size(), "close is idempotent");
    }

    @Test
    void aFailureClosesWhatOpenedOpensNothingFurtherAndMasksEverySecret() {
        Map<String, ConnectionSpec> specs = ConnectionSpecs.read(ConfigNode.fromYaml("""
                connections:
                  base: {driver: fake, config: {dsn: "fake://host:1"}}
                  broken:
                    driver: fake
                    level: 1
                    config: {dsn: "fake://orders:s3cr%40t@db.internal:5432/orders", aws_secret_access_key: "AKsecretKEY"}
                  after: {driver: fake, level: 2, config: {dsn: "fake://host:3"}}
                """, "config.yml"));
        ConnectionSet set =
                ConnectionSet.plan(specs, Set.of("base", "broken", "after"), spec -> new FakeDriver(spec.key(), null));

        ServiceStartException failure = assertThrows(ServiceStartException.class, () -> set.open(null));

        String message = failure.getMessage();
        assertTrue(message.startsWith("connection 'broken' (fake db.internal:5432/orders): "), message);
        assertTrue(message.contains("authentication failed"), message);
        assertFalse(message.contains("s3cr"), message);
        assertFalse(message.contains("AKsecretKEY"), message);
        assertFalse(message.contains("\n"), message);
        assertEquals(List.of("open base", "close base"), events);
    }

    private int byPlan(String a, String b) {
        List<String> order = List.of("connection late", "connection first", "connection second", "connection last");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    /** Opens at once, except "broken", whose server refuses with a message quoting every secret. */
    private final class FakeDriver implements Driver {
        private final String key;
        private final CountDownLatch levelZero;

        FakeDriver(String key, CountDownLatch levelZero) {
            this.key = key;
            this.levelZero = levelZero;
        }

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public Class<?> handleType() {
            return String.class;
        }

        @Override
        public String target(ConnectionSpec spec) {
            String dsn = spec.config().string("dsn");
            return dsn.substring(dsn.lastIndexOf('@') + 1).replace("fake://", "");
        }

        @Override
        public Map<String, Object> contextProperties(ConnectionSpec spec) {
            return Map.of();
        }

        @Override
        public OpenConnection open(ConnectionSpec spec, ApplicationContext context, Duration timeout) throws Exception {
            if (key.equals("broken")) {
                throw new IllegalStateException(
                        "connect failed",
                        new RuntimeException("authentication failed for orders with password s3cr@t (dsn "
                                + spec.config().string("dsn") + ", key AKsecretKEY)"));
            }
            if (levelZero != null && spec.level() == 0) {
                levelZero.countDown();
                assertTrue(levelZero.await(5, TimeUnit.SECONDS), "the other level-0 connection is opened concurrently");
            }
            events.add("open " + key);
            return new OpenConnection() {
                @Override
                public Object handle() {
                    return "handle " + key;
                }

                @Override
                public boolean probe(Duration timeout) {
                    return true;
                }

                @Override
                public void close() {
                    events.add("close " + key);
                }
            };
        }
    }
}
