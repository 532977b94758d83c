package dev.shiva.runtime.internal.connections;

import dev.shiva.runtime.ConfigNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Driver {@code postgres}: a Micronaut Data R2DBC datasource named after the connection, pooled by
 * r2dbc-pool. Workers get its {@link ConnectionFactory} (the pool).
 *
 * <p>config.yml keys: {@code dsn} (required), {@code pool_min} (10: the pool's initial size and
 * minimum idle connections), {@code pool_max} (10: its maximum size), {@code
 * max_inactive_connection_lifetime} (300 s: its maximum idle time; 0 means no limit, as in asyncpg)
 * and {@code max_queries} (accepted for asyncpg compatibility, without effect: R2DBC pools do not
 * recycle connections by query count).
 */
public final class PostgresDriver implements Driver {

    static final long DEFAULT_POOL_MIN = 10;
    static final long DEFAULT_POOL_MAX = 10;
    static final double DEFAULT_MAX_INACTIVE_SECONDS = 300;

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public Class<?> handleType() {
        return ConnectionFactory.class;
    }

    @Override
    public String target(ConnectionSpec spec) {
        return PostgresDsn.parse(spec.config().get("dsn")).target();
    }

    @Override
    public Map<String, Object> contextProperties(ConnectionSpec spec) {
        ConfigNode config = spec.config();
        PostgresDsn dsn = PostgresDsn.parse(config.get("dsn"));
        PoolSizes pool = PoolSizes.read(config, "pool_min", DEFAULT_POOL_MIN, "pool_max", DEFAULT_POOL_MAX);
        double idleSeconds = config.find("max_inactive_connection_lifetime")
                .map(ConfigNode::asNumber)
                .orElse(DEFAULT_MAX_INACTIVE_SECONDS);
        if (idleSeconds < 0) {
            throw config.get("max_inactive_connection_lifetime").error("must be 0 or more seconds");
        }
        // max_queries: read so that a misfit value is still reported, otherwise without effect.
        config.find("max_queries").ifPresent(ConfigNode::asInteger);

        String prefix = "r2dbc.datasources." + spec.beanName() + ".";
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(prefix + "url", dsn.r2dbcUrl());
        if (!dsn.user().isEmpty()) {
            properties.put(prefix + "username", dsn.user());
        }
        if (!dsn.password().isEmpty()) {
            properties.put(prefix + "password", dsn.password());
        }
        properties.put(prefix + "dialect", "POSTGRES");
        properties.put(prefix + "options.initialSize", Integer.toString(pool.min()));
        properties.put(prefix + "options.minIdle", Integer.toString(pool.min()));
        properties.put(prefix + "options.maxSize", Integer.toString(pool.max()));
        // r2dbc-pool: a negative idle time means none; asyncpg's 0 means the same.
        Duration idle = idleSeconds == 0 ? Duration.ofMillis(-1) : Duration.ofMillis(Math.round(idleSeconds * 1000));
        properties.put(prefix + "options.maxIdleTime", DriverSupport.isoSeconds(idle));
        if (!dsn.params().containsKey("connectTimeout")) {
            properties.put(prefix + "options.connectTimeout", DriverSupport.isoSeconds(DriverSupport.CONNECT_TIMEOUT));
        }
        return properties;
    }

    @Override
    public OpenConnection open(ConnectionSpec spec, ApplicationContext context, Duration timeout)
            throws ConnectionFailedException {
        PostgresDsn dsn = PostgresDsn.parse(spec.config().get("dsn"));
        ConnectionFactory factory;
        try {
            factory = context.getBean(ConnectionFactory.class, Qualifiers.byName(spec.beanName()));
        } catch (RuntimeException e) {
            throw new ConnectionFailedException("the R2DBC datasource could not be created: "
                    + DriverSupport.mask(DriverSupport.reason(e, timeout), dsn.password()));
        }
        try {
            selectOne(factory).timeout(timeout).block();
            if (factory instanceof ConnectionPool pool) {
                pool.warmup().timeout(timeout).block();
            }
        } catch (RuntimeException e) {
            throw new ConnectionFailedException(DriverSupport.mask(DriverSupport.reason(e, timeout), dsn.password()));
        }
        return new Open(factory);
    }

    /** {@code SELECT 1} on a connection of the pool, which goes back to the pool afterwards. */
    static Mono<Void> selectOne(ConnectionFactory factory) {
        return Mono.usingWhen(
                Mono.from(factory.create()),
                (Connection connection) -> Flux.from(
                                connection.createStatement("SELECT 1").execute())
                        .flatMap(result -> result.map((row, metadata) -> 1))
                        .then(),
                Connection::close);
    }

    private record Open(ConnectionFactory factory) implements OpenConnection {

        @Override
        public Object handle() {
            return factory;
        }

        @Override
        public boolean probe(Duration timeout) {
            try {
                selectOne(factory).timeout(timeout).block();
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }

        @Override
        public void close() {
            if (factory instanceof ConnectionPool pool && !pool.isDisposed()) {
                try {
                    pool.disposeLater().timeout(DriverSupport.CONNECT_TIMEOUT).block();
                } catch (RuntimeException e) {
                    // Closing is best effort: the context disposes the pool again when it stops.
                }
            }
        }
    }
}
