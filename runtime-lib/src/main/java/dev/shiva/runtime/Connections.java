package dev.shiva.runtime;

import dev.shiva.runtime.internal.connections.ConnectionSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The prepared connections of a user command (SEMANTICS §9): a bean a {@link ServiceCommand}
 * injects. Every entry under {@code connections:} is opened — by level, each proven by a round trip,
 * a failure being the command's one-line start failure — once the command line is parsed and before
 * the command's {@code call()}, and closed after it returns. {@code --help} opens nothing.
 *
 * <p>Workers do not use this bean: they reach the connections their entry lists in {@code depends}
 * through their generated accessors, and only those. Under {@code daemon run} it does not exist.
 */
public final class Connections {

    private final ConnectionSet connections;
    private final List<String> keys;
    private volatile Map<String, Object> handles;

    /** Created by the runtime for a command. Not for user code. */
    public Connections(ConnectionSet connections, List<String> keys) {
        this.connections = Objects.requireNonNull(connections);
        this.keys = List.copyOf(keys);
    }

    /** The keys under {@code connections:}, in config.yml order. */
    public Set<String> keys() {
        return new LinkedHashSet<>(keys);
    }

    /**
     * The handle of connection {@code key}, of the type its driver gives (the same types as the
     * {@code depends} accessors: {@code ConnectionFactory}, {@code RedisHandle}, {@code MongoClient},
     * {@code S3Operations}, {@code RoutedPublisher}).
     *
     * @throws IllegalArgumentException when config.yml has no such connection
     * @throws IllegalStateException when called before the command runs (from its constructor), or
     *     when the handle is of another type
     */
    public <T> T get(String key, Class<T> type) {
        Map<String, Object> open = handles;
        if (open == null) {
            throw new IllegalStateException(
                    "connections are opened when the command runs: call get() from call(), not while it is created");
        }
        Object handle = open.get(key);
        if (handle == null) {
            throw new IllegalArgumentException("no connection '" + key + "' in config.yml; there are " + keys);
        }
        if (!type.isInstance(handle)) {
            throw new IllegalStateException(
                    "connection '" + key + "' is a " + handle.getClass().getName() + ", not a " + type.getName());
        }
        return type.cast(handle);
    }

    /** Opens every connection (the runtime calls it once the command line is parsed). Not for user code. */
    public void open(io.micronaut.context.ApplicationContext context) {
        connections.open(context);
        handles = Map.copyOf(connections.handles(keys));
    }

    /** Closes them again, after the command. Idempotent. Not for user code. */
    public void close() {
        handles = null;
        connections.close();
    }
}
