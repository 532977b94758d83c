package dev.shiva.runtime.internal.connections;

import dev.shiva.runtime.ConfigNode;
import dev.shiva.runtime.connections.RedisHandle;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.support.AsyncConnectionPoolSupport;
import io.lettuce.core.support.BoundedAsyncPool;
import io.lettuce.core.support.BoundedPoolConfig;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Driver {@code redis}: Micronaut Redis (Lettuce) server configuration named after the connection.
 * Workers get a {@link RedisHandle}: the named shared {@link StatefulRedisConnection} bean for
 * ordinary commands, and a Lettuce {@link BoundedAsyncPool} of {@code minsize}..{@code maxsize}
 * connections of their own for transactions and blocking commands.
 *
 * <p>config.yml keys: {@code dsn} (required, {@code redis://[[user]:password@]host:port/db}, also
 * {@code rediss://} and Lettuce's query parameters such as {@code timeout}), {@code minsize} (1),
 * {@code maxsize} (10).
 */
public final class RedisDriver implements Driver {

    static final long DEFAULT_MINSIZE = 1;
    static final long DEFAULT_MAXSIZE = 10;

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public Class<?> handleType() {
        return RedisHandle.class;
    }

    @Override
    public String target(ConnectionSpec spec) {
        return target(uri(spec.config().get("dsn")));
    }

    @Override
    public Map<String, Object> contextProperties(ConnectionSpec spec) {
        ConfigNode dsn = spec.config().get("dsn");
        uri(dsn); // a malformed DSN is a located config error now, not a bean failure later
        sizes(spec.config());
        Map<String, Object> properties = new LinkedHashMap<>();
        // With a uri, Micronaut builds the client from it alone (its timeout property would be
        // ignored): the command timeout is Lettuce's (60 s) unless the DSN says ?timeout=.
        properties.put(
                "redis.servers." + spec.beanName() + ".uri", dsn.asString().strip());
        return properties;
    }

    @Override
    public OpenConnection open(ConnectionSpec spec, ApplicationContext context, Duration timeout)
            throws ConnectionFailedException {
        RedisURI uri = uri(spec.config().get("dsn"));
        PoolSizes sizes = sizes(spec.config());
        String password = password(spec.config().get("dsn").asString().strip());
        StatefulRedisConnection<String, String> connection;
        RedisClient client;
        try {
            client = context.getBean(RedisClient.class, Qualifiers.byName(spec.beanName()));
            // The bean connects when it is created; Lettuce's own wait is not bounded by our timeout.
            CompletableFuture<StatefulRedisConnection<String, String>> connecting = DriverSupport.onOwnThread(
                    "shiva-redis-connect-" + spec.key(), () -> sharedConnection(context, spec.beanName()));
            connection = DriverSupport.await(connecting, timeout);
            String pong = DriverSupport.await(connection.async().ping().toCompletableFuture(), timeout);
            if (!"PONG".equals(pong)) {
                throw new IllegalStateException("PING answered '" + pong + "'");
            }
        } catch (Exception e) {
            throw new ConnectionFailedException(DriverSupport.mask(DriverSupport.reason(e, timeout), password));
        }
        BoundedPoolConfig poolConfig = BoundedPoolConfig.builder()
                .minIdle(sizes.min())
                .maxIdle(sizes.max())
                .maxTotal(sizes.max())
                .testOnAcquire()
                .testOnRelease()
                .build();
        BoundedAsyncPool<StatefulRedisConnection<String, String>> pool;
        try {
            pool = DriverSupport.await(
                    AsyncConnectionPoolSupport.createBoundedObjectPoolAsync(
                                    () -> client.connectAsync(StringCodec.UTF8, uri), poolConfig, false)
                            .toCompletableFuture(),
                    timeout);
        } catch (Exception e) {
            throw new ConnectionFailedException("the pool of " + sizes.min() + " connections failed: "
                    + DriverSupport.mask(DriverSupport.reason(e, timeout), password));
        }
        return new LettuceRedisHandle(spec.key(), connection, pool, sizes.max());
    }

    @SuppressWarnings("unchecked")
    private static StatefulRedisConnection<String, String> sharedConnection(ApplicationContext context, String name) {
        return context.getBean(StatefulRedisConnection.class, Qualifiers.byName(name));
    }

    private static RedisURI uri(ConfigNode dsn) {
        String text = dsn.asString().strip();
        if (!text.startsWith("redis://")
                && !text.startsWith("rediss://")
                && !text.startsWith("redis-sentinel://")
                && !text.startsWith("redis+ssl://")
                && !text.startsWith("redis+tls://")) {
            throw dsn.error("expected a redis://[:password@]host:port/db URI");
        }
        try {
            return RedisURI.create(text);
        } catch (IllegalArgumentException e) {
            throw dsn.error("not a valid redis URI");
        }
    }

    /** The password of a redis DSN as Lettuce reads it ({@code user:pw}, {@code :pw} or {@code pw}), or null. */
    static String password(String dsn) {
        try {
            String userInfo = java.net.URI.create(dsn).getUserInfo();
            if (userInfo == null || userInfo.isEmpty()) {
                return null;
            }
            int colon = userInfo.indexOf(':');
            return colon < 0 ? userInfo : userInfo.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static PoolSizes sizes(ConfigNode config) {
        return PoolSizes.read(config, "minsize", DEFAULT_MINSIZE, "maxsize", DEFAULT_MAXSIZE);
    }

    private static String target(RedisURI uri) {
        String address = uri.getSocket() != null
                ? uri.getSocket()
                : uri.getHost() != null ? uri.getHost() + ":" + uri.getPort() : "sentinel " + uri.getSentinelMasterId();
        return address + "/" + uri.getDatabase();
    }
}
