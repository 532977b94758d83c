package dev.shiva.runtime.internal.connections;

import static dev.shiva.runtime.internal.connections.DriverTesting.OPEN_TIMEOUT;
import static dev.shiva.runtime.internal.connections.DriverTesting.openFailure;
import static dev.shiva.runtime.internal.connections.DriverTesting.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shiva.runtime.ConfigException;
import io.micronaut.context.ApplicationContext;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Against the local PostgreSQL: 127.0.0.1:5432, user postgres, trust authentication. */
class PostgresDriverTest {

    private final PostgresDriver driver = new PostgresDriver();

    @Test
    void opensThePoolAndRunsStatementsThroughIt() throws Exception {
        ConnectionSpec spec = spec("pg_main", "postgres", """
                dsn: postgresql://postgres@127.0.0.1:5432/postgres
                pool_min: 2
                pool_max: 4
                max_inactive_connection_lifetime: 60
                max_queries: 1000
                """);
        assertEquals("127.0.0.1:5432/postgres", driver.target(spec));
        try (ApplicationContext context = DriverTesting.context(driver, spec)) {
            OpenConnection open = driver.open(spec, context, OPEN_TIMEOUT);
            ConnectionFactory factory = assertInstanceOf(ConnectionFactory.class, open.handle());
            ConnectionPool pool = assertInstanceOf(ConnectionPool.class, factory);
            PoolMetrics metrics = pool.getMetrics().orElseThrow();
            assertEquals(4, metrics.getMaxAllocatedSize());
            assertTrue(metrics.allocatedSize() >= 2, "warmed up: " + metrics.allocatedSize());

            List<String> names = Mono.usingWhen(
                            Mono.from(factory.create()),
                            connection -> Mono.from(connection
                                            .createStatement("CREATE TEMPORARY TABLE fruit (name text)")
                                            .execute())
                                    .then(Mono.from(connection
                                                    .createStatement("INSERT INTO fruit VALUES ($1), ($2)")
                                                    .bind("$1", "apple")
                                                    .bind("$2", "pear")
                                                    .execute())
                                            .flatMap(result -> Mono.from(result.getRowsUpdated())))
                                    .thenMany(Flux.from(connection
                                                    .createStatement("SELECT name FROM fruit ORDER BY name")
                                                    .execute())
                                            .flatMap(result -> result.map((row, meta) -> row.get(0, String.class))))
                                    .collectList(),
                            Connection::close)
                    .block(Duration.ofSeconds(10));
            assertEquals(List.of("apple", "pear"), names);

            assertTrue(open.probe(Duration.ofSeconds(5)));
            open.close();
            assertTrue(pool.isDisposed());
            assertFalse(open.probe(Duration.ofSeconds(1)));
        }
    }

    @Test
    void twoConnectionsSideBySideKeepTheirOwnSettings() throws Exception {
        ConnectionSpec a = spec("pg_a", "postgres", """
                dsn: postgresql://postgres@127.0.0.1:5432/postgres?application_name=shiva_a
                pool_min: 1
                pool_max: 2
                """);
        ConnectionSpec b = spec("pg_b", "postgres", """
                dsn: postgres://postgres@127.0.0.1/postgres?application_name=shiva_b&sslmode=disable
                pool_min: 0
                pool_max: 3
                """);
        try (ApplicationContext context = DriverTesting.context(driver, a, b)) {
            OpenConnection openA = driver.open(a, context, OPEN_TIMEOUT);
            OpenConnection openB = driver.open(b, context, OPEN_TIMEOUT);
            assertNotSame(openA.handle(), openB.handle());
            assertEquals("shiva_a", applicationName((ConnectionFactory) openA.handle()));
            assertEquals("shiva_b", applicationName((ConnectionFactory) openB.handle()));
            assertEquals(
                    3,
                    ((ConnectionPool) openB.handle()).getMetrics().orElseThrow().getMaxAllocatedSize());
            openA.close();
            openB.close();
        }
    }

    @Test
    void theUserAndPasswordStayOutOfTheUrl() {
        ConnectionSpec spec = spec("orders", "postgres", """
                dsn: postgresql://app%40eu:p%40ss%2Fw0rd@db.example:6543/orders?sslmode=verify-full&connect_timeout=3&x=1
                """);
        Map<String, Object> properties = driver.contextProperties(spec);
        assertEquals(
                "r2dbc:pool:postgresql://db.example:6543/orders?sslMode=verify-full&connectTimeout=PT3S&x=1",
                properties.get("r2dbc.datasources.orders.url"));
        assertEquals("app@eu", properties.get("r2dbc.datasources.orders.username"));
        assertEquals("p@ss/w0rd", properties.get("r2dbc.datasources.orders.password"));
        assertEquals("POSTGRES", properties.get("r2dbc.datasources.orders.dialect"));
        // Schema defaults: pool_min 10, pool_max 10, 300 s idle.
        assertEquals("10", properties.get("r2dbc.datasources.orders.options.initialSize"));
        assertEquals("10", properties.get("r2dbc.datasources.orders.options.minIdle"));
        assertEquals("10", properties.get("r2dbc.datasources.orders.options.maxSize"));
        assertEquals("PT300S", properties.get("r2dbc.datasources.orders.options.maxIdleTime"));
        assertFalse(properties.containsKey("r2dbc.datasources.orders.options.connectTimeout"));
        assertEquals("db.example:6543/orders", driver.target(spec));
    }

    @Test
    void aPasswordThatTrustAuthenticationIgnoresStillConnects() throws Exception {
        ConnectionSpec spec = spec("pg_pw", "postgres", """
                dsn: postgresql://postgres:s3cr%40t@127.0.0.1:5432/postgres?sslmode=disable
                pool_min: 0
                pool_max: 1
                max_inactive_connection_lifetime: 0
                """);
        try (ApplicationContext context = DriverTesting.context(driver, spec)) {
            OpenConnection open = driver.open(spec, context, OPEN_TIMEOUT);
            assertTrue(open.probe(Duration.ofSeconds(5)));
            open.close();
        }
    }

    @Test
    void anUnreachableServerFailsInTimeAndSaysWhy() {
        ConnectionSpec spec = spec("pg_down", "postgres", """
                dsn: postgresql://postgres:NeverShown9@127.0.0.1:1/postgres
                pool_min: 1
                pool_max: 1
                """);
        String message = openFailure(driver, spec, Duration.ofSeconds(5), "NeverShown9");
        assertEquals("127.0.0.1:1/postgres", driver.target(spec));
        assertTrue(message.toLowerCase(java.util.Locale.ROOT).contains("connection refused"), message);
    }

    @Test
    void configMistakesAreLocated() {
        ConfigException missing = assertThrows(
                ConfigException.class, () -> driver.contextProperties(spec("pg", "postgres", "pool_min: 1\n")));
        assertTrue(missing.getMessage().startsWith("config.yml"), missing.getMessage());
        assertTrue(missing.getMessage().contains("missing key 'dsn'"), missing.getMessage());

        ConfigException sizes =
                assertThrows(ConfigException.class, () -> driver.contextProperties(spec("pg", "postgres", """
                dsn: postgresql://postgres@127.0.0.1/postgres
                pool_min: 5
                pool_max: 2
                """)));
        assertTrue(sizes.getMessage().startsWith("config.yml:2:"), sizes.getMessage());

        ConfigException scheme =
                assertThrows(ConfigException.class, () -> driver.contextProperties(spec("pg", "postgres", """
                dsn: mysql://root:Hidden1@127.0.0.1/db
                """)));
        assertTrue(scheme.getMessage().startsWith("config.yml:1:"), scheme.getMessage());
        assertFalse(scheme.getMessage().contains("Hidden1"), scheme.getMessage());
    }

    private static String applicationName(ConnectionFactory factory) {
        return Mono.usingWhen(
                        Mono.from(factory.create()),
                        connection -> Flux.from(connection
                                        .createStatement("SELECT current_setting('application_name')")
                                        .execute())
                                .flatMap(result -> result.map((row, meta) -> row.get(0, String.class)))
                                .next(),
                        Connection::close)
                .block(Duration.ofSeconds(10));
    }
}
