package dev.shiva.runtime.internal.connections;

import dev.shiva.runtime.connections.RedisHandle;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.support.BoundedAsyncPool;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The {@link RedisHandle} of a {@code redis} connection, and its {@link OpenConnection}. Lettuce's
 * bounded pool fails an acquire at once when every connection is taken; a fair semaphore of {@code
 * maxsize} permits makes {@link #withPooled} wait for one instead.
 */
final class LettuceRedisHandle implements RedisHandle, OpenConnection {

    /** How long DISCARD/UNWATCH after failed work may take before the connection is closed instead. */
    private static final Duration RESET_TIMEOUT = Duration.ofSeconds(2);

    private final String key;
    private final StatefulRedisConnection<String, String> connection;
    private final BoundedAsyncPool<StatefulRedisConnection<String, String>> pool;
    private final Semaphore permits;

    LettuceRedisHandle(
            String key,
            StatefulRedisConnection<String, String> connection,
            BoundedAsyncPool<StatefulRedisConnection<String, String>> pool,
            int maxsize) {
        this.key = key;
        this.connection = connection;
        this.pool = pool;
        this.permits = new Semaphore(maxsize, true);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public StatefulRedisConnection<String, String> connection() {
        return connection;
    }

    @Override
    public <T> T withPooled(Function<StatefulRedisConnection<String, String>, T> work) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("connection '" + key + "': interrupted waiting for a pooled connection", e);
        }
        try {
            StatefulRedisConnection<String, String> pooled;
            try {
                pooled = pool.acquire().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(
                        "connection '" + key + "': interrupted waiting for a pooled connection", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(
                        "connection '" + key + "': no pooled connection: "
                                + DriverSupport.reason(e, DriverSupport.CONNECT_TIMEOUT),
                        null);
            }
            boolean clean = false;
            try {
                T result = work.apply(pooled);
                clean = true;
                return result;
            } finally {
                if (!clean) {
                    reset(pooled);
                }
                pool.release(pooled); // the pool drops it when it is closed
            }
        } finally {
            permits.release();
        }
    }

    /**
     * After failed work the connection may be inside MULTI, WATCH keys, or still wait for a blocking
     * command: DISCARD and UNWATCH it, and close it when it does not answer at once.
     */
    private static void reset(StatefulRedisConnection<String, String> connection) {
        if (!connection.isOpen()) {
            return;
        }
        try {
            if (connection.isMulti()) {
                connection.async().discard().get(RESET_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            connection.async().unwatch().get(RESET_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            connection.close();
        } catch (Exception e) {
            connection.close();
        }
    }

    @Override
    public Object handle() {
        return this;
    }

    @Override
    public boolean probe(Duration timeout) {
        try {
            return "PONG".equals(connection.async().ping().get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            pool.closeAsync().get(DriverSupport.CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Best effort: the connections die with the client when the context stops.
        }
        // The shared connection is the context's bean: Micronaut closes it when the context stops.
    }
}
