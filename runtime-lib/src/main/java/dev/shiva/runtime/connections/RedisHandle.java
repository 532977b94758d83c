package dev.shiva.runtime.connections;

import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.function.Function;

/**
 * A {@code redis} connection (driver {@code redis}) as a worker's {@code depends} accessor returns
 * it. Lettuce connections are thread-safe and multiplex every caller's commands, so ordinary
 * commands go through the one shared connection ({@link #sync()}, {@link #async()}, {@link
 * #reactive()}). Commands that hold a connection for themselves — {@code MULTI}/{@code EXEC}, {@code
 * WATCH}, blocking pops — take one from the pool that {@code minsize}/{@code maxsize} size, through
 * {@link #withPooled(Function)}.
 */
public interface RedisHandle {

    /** The connection key under {@code connections:}. */
    String key();

    /** The shared connection (Micronaut Redis's named {@code StatefulRedisConnection} bean). */
    StatefulRedisConnection<String, String> connection();

    /** Blocking commands on the shared connection. Not on a Netty event loop. */
    default RedisCommands<String, String> sync() {
        return connection().sync();
    }

    default RedisAsyncCommands<String, String> async() {
        return connection().async();
    }

    default RedisReactiveCommands<String, String> reactive() {
        return connection().reactive();
    }

    /**
     * Runs {@code work} with a connection of its own from the pool (at least {@code minsize} kept open,
     * at most {@code maxsize}; waits for one when all are taken), and returns it to the pool afterwards
     * whatever happens. Blocking: not on a Netty event loop.
     */
    <T> T withPooled(Function<StatefulRedisConnection<String, String>, T> work);
}
