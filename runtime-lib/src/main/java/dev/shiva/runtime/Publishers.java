package dev.shiva.runtime;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The publishers of the service's running rmq dispatchers, for any worker: a web controller or a
 * daemon injects this bean and publishes through the dispatcher it names, as an rmq worker does
 * through its own {@code publisher()} (SEMANTICS §8.3).
 *
 * <pre>{@code
 * @Controller("/orders")
 * public class OrdersApi extends OrdersApiBase {
 *     private final Publishers publishers;
 *
 *     OrdersApi(Publishers publishers) { this.publishers = publishers; }
 *
 *     @Post @ExecuteOn(TaskExecutors.BLOCKING)   // publishing waits for the broker's confirm
 *     public Map<String, String> create(@Body Map<String, Object> order) {
 *         String id = publishers.forDispatcher("esb").publish("bpm", "order", "create", order);
 *         return Map.of("message_id", id);
 *     }
 * }
 * }</pre>
 */
@Singleton
public final class Publishers {

    private final Map<String, RoutedPublisher> byDispatcher = new ConcurrentHashMap<>();

    /**
     * The publisher to the default (first) exchange of the rmq dispatcher with this identity (its
     * {@code name}, else its type); {@link RoutedPublisher#to(String)} reaches its other exchanges.
     *
     * @throws IllegalStateException when no such dispatcher runs (unknown, disabled, or stopped)
     */
    public RoutedPublisher forDispatcher(String identity) {
        RoutedPublisher publisher = byDispatcher.get(identity);
        if (publisher == null) {
            throw new IllegalStateException("no running rmq dispatcher '" + identity + "'"
                    + (byDispatcher.isEmpty()
                            ? ""
                            : "; running: " + String.join(", ", new TreeSet<>(byDispatcher.keySet()))));
        }
        return publisher;
    }

    /** Called by the runtime when a dispatcher's connection and topology are up. Not for user code. */
    public void register(String identity, RoutedPublisher publisher) {
        byDispatcher.put(identity, publisher);
    }

    /** Called by the runtime when the dispatchers stop. Not for user code. */
    public void clear() {
        byDispatcher.clear();
    }
}
