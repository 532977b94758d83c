package dev.shiva.runtime.internal.connections;

import static dev.shiva.runtime.internal.connections.DriverTesting.OPEN_TIMEOUT;
import static dev.shiva.runtime.internal.connections.DriverTesting.openFailure;
import static dev.shiva.runtime.internal.connections.DriverTesting.spec;
import static dev.shiva.runtime.internal.connections.DriverTesting.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shiva.runtime.ConfigException;
import dev.shiva.runtime.connections.RedisHandle;
import io.lettuce.core.TransactionResult;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Against the local Redis: 127.0.0.1:6379, no password. */
class RedisDriverTest {

    private final RedisDriver driver = new RedisDriver();

    @Test
    void sharedConnectionAndPooledTransactionsOnTwoDatabases() throws Exception {
        ConnectionSpec one = spec("cache_one", "redis", """
                dsn: redis://127.0.0.1:6379/1
                minsize: 1
                maxsize: 2
                """);
        ConnectionSpec two = spec("cache_two", "redis", "dsn: redis://127.0.0.1:6379/2\n");
        assertEquals("127.0.0.1:6379/1", driver.target(one));
        String key = "shiva-test-" + unique();
        try (ApplicationContext context = DriverTesting.context(driver, one, two)) {
            OpenConnection openOne = driver.open(one, context, OPEN_TIMEOUT);
            OpenConnection openTwo = driver.open(two, context, OPEN_TIMEOUT);
            RedisHandle first = assertInstanceOf(RedisHandle.class, openOne.handle());
            RedisHandle second = assertInstanceOf(RedisHandle.class, openTwo.handle());
            assertEquals("cache_one", first.key());
            assertNotSame(first.connection(), second.connection());
            try {
                first.sync().set(key, "one");
                second.sync().set(key, "two");
                assertEquals("one", first.sync().get(key));
                assertEquals("two", second.sync().get(key));

                TransactionResult result = first.withPooled(connection -> {
                    connection.sync().multi();
                    connection.sync().append(key, "+a");
                    connection.sync().append(key, "+b");
                    return connection.sync().exec();
                });
                assertEquals(2, result.size());
                assertFalse(result.wasDiscarded());
                assertEquals("one+a+b", first.sync().get(key));
                assertEquals("two", second.sync().get(key));

                assertTrue(openOne.probe(Duration.ofSeconds(5)));
                assertTrue(openTwo.probe(Duration.ofSeconds(5)));
            } finally {
                first.sync().del(key);
                second.sync().del(key);
                openOne.close();
                openTwo.close();
            }
        }
    }

    @Test
    void withPooledWaitsForAConnectionWhenAllAreTaken() throws Exception {
        ConnectionSpec spec = spec("cache_pool", "redis", """
                dsn: redis://127.0.0.1:6379/3
                minsize: 0
                maxsize: 2
                """);
        String key = "shiva-test-" + unique();
        try (ApplicationContext context = DriverTesting.context(driver, spec)) {
            OpenConnection open = driver.open(spec, context, OPEN_TIMEOUT);
            RedisHandle redis = (RedisHandle) open.handle();
            AtomicInteger inUse = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            ExecutorService callers = Executors.newFixedThreadPool(6);
            try {
                List<Future<Long>> results = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    results.add(callers.submit(() -> redis.withPooled(connection -> {
                        most.accumulateAndGet(inUse.incrementAndGet(), Math::max);
                        try {
                            // BLPOP holds the connection for a while, as blocking commands do.
                            connection.sync().blpop(0.2, key + "-nothing");
                            return connection.sync().incr(key);
                        } finally {
                            inUse.decrementAndGet();
                        }
                    })));
                }
                List<Long> counts = new ArrayList<>();
                for (Future<Long> result : results) {
                    counts.add(result.get());
                }
                assertEquals(6, counts.stream().distinct().count(), counts.toString());
                assertTrue(most.get() <= 2, "more than maxsize connections at once: " + most.get());
                assertEquals("6", redis.sync().get(key));

                // A failed piece of work inside MULTI does not leave the transaction to the next caller.
                assertThrows(
                        IllegalStateException.class,
                        () -> redis.withPooled(connection -> {
                            connection.sync().multi();
                            connection.sync().incr(key);
                            throw new IllegalStateException("worker failed");
                        }));
                assertEquals(
                        "PONG", redis.withPooled(connection -> connection.sync().ping()));
                assertEquals("6", redis.sync().get(key));
            } finally {
                callers.shutdownNow();
                redis.sync().del(key);
                open.close();
            }
        }
    }

    @Test
    void anUnreachableServerFailsInTimeAndSaysWhy() {
        ConnectionSpec spec = spec("cache_down", "redis", "dsn: redis://:NeverShown9@127.0.0.1:1/0\n");
        String message = openFailure(driver, spec, Duration.ofSeconds(5), "NeverShown9");
        assertEquals("127.0.0.1:1/0", driver.target(spec));
        assertTrue(message.toLowerCase(Locale.ROOT).contains("connection refused"), message);
    }

    /**
     * The local server has no password, and Redis 7 lets any password through for its password-less
     * default user (Lettuce authenticates in HELLO): the test makes an ACL user of its own instead.
     */
    @Test
    void aWrongPasswordFailsWithoutShowingIt() throws Exception {
        String user = "shiva-test-" + unique();
        ConnectionSpec admin = spec("cache_admin", "redis", "dsn: redis://127.0.0.1:6379/0\n");
        try (ApplicationContext context = DriverTesting.context(driver, admin)) {
            OpenConnection open = driver.open(admin, context, OPEN_TIMEOUT);
            RedisHandle redis = (RedisHandle) open.handle();
            redis.sync()
                    .aclSetuser(
                            user,
                            io.lettuce.core.AclSetuserArgs.Builder.on()
                                    .addPassword("R1ghtPassw0rd")
                                    .allCommands()
                                    .allKeys());
            try {
                ConnectionSpec spec =
                        spec("cache_auth", "redis", "dsn: redis://" + user + ":Wr0ngPassw0rd@127.0.0.1:6379/0\n");
                String message = openFailure(driver, spec, Duration.ofSeconds(5), "Wr0ngPassw0rd");
                assertTrue(message.contains("WRONGPASS"), message);

                ConnectionSpec right =
                        spec("cache_right", "redis", "dsn: redis://" + user + ":R1ghtPassw0rd@127.0.0.1:6379/0\n");
                try (ApplicationContext rightContext = DriverTesting.context(driver, right)) {
                    OpenConnection rightOpen = driver.open(right, rightContext, OPEN_TIMEOUT);
                    assertTrue(rightOpen.probe(Duration.ofSeconds(5)));
                    rightOpen.close();
                }
            } finally {
                redis.sync().aclDeluser(user);
                open.close();
            }
        }
    }

    @Test
    void contextPropertiesAndConfigMistakes() {
        Map<String, Object> properties =
                driver.contextProperties(spec("cache_main", "redis", "dsn: redis://127.0.0.1:6379/4\n"));
        assertEquals("redis://127.0.0.1:6379/4", properties.get("redis.servers.cache-main.uri"));

        ConfigException missing =
                assertThrows(ConfigException.class, () -> driver.contextProperties(spec("c", "redis", "minsize: 1\n")));
        assertTrue(missing.getMessage().contains("missing key 'dsn'"), missing.getMessage());
        ConfigException scheme = assertThrows(
                ConfigException.class,
                () -> driver.contextProperties(spec("c", "redis", "dsn: http://x:Hidden1@h/0\n")));
        assertTrue(scheme.getMessage().startsWith("config.yml:1:"), scheme.getMessage());
        assertFalse(scheme.getMessage().contains("Hidden1"), scheme.getMessage());
        ConfigException sizes =
                assertThrows(ConfigException.class, () -> driver.contextProperties(spec("c", "redis", """
                dsn: redis://127.0.0.1/0
                minsize: 3
                maxsize: 2
                """)));
        assertTrue(sizes.getMessage().startsWith("config.yml:2:"), sizes.getMessage());
        assertNull(RedisDriver.password("redis://127.0.0.1/0"));
        assertEquals("pw", RedisDriver.password("redis://user:pw@127.0.0.1/0"));
    }
}
