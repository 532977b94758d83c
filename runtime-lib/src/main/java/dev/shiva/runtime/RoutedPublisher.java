package dev.shiva.runtime;

import dev.shiva.runtime.internal.rmq.BpmPublishing;
import java.util.Map;
import java.util.Objects;

/**
 * Publishes BPM messages (SEMANTICS §8.3) to an exchange of an rmq dispatcher: body fields in the
 * order {@code system_from, system_to, object, action, reference_id, message_id, params, priority,
 * api_version, datetime_created}; routing key {@code routeKey}, else {@code <object>.<action>}.
 * {@code system_from} is the exchange's {@code routing.system}, else the service's name.
 *
 * <p>Each call waits for the broker's publisher confirm (when the exchange's {@code
 * config_channel.publisher_confirms} is true, the default) up to 10 s, and throws on a nack or a
 * timeout. Thread-safe. It blocks, so it refuses to run on a Netty event-loop thread: a controller
 * that publishes must run on another executor ({@code @ExecuteOn(TaskExecutors.BLOCKING)}); such a
 * call fails at once with an {@link IllegalStateException} instead of stalling the server.
 *
 * <p>Obtained from {@code RmqWorker.publisher()}; created by the runtime.
 */
public final class RoutedPublisher {

    private final BpmPublishing publishing;
    private final String exchange;

    /** Created by the runtime. Not for user code. */
    public RoutedPublisher(BpmPublishing publishing, String exchange) {
        this.publishing = Objects.requireNonNull(publishing);
        this.exchange = Objects.requireNonNull(exchange);
    }

    /** A publisher to another exchange on the same connection (one of config.yml, or any existing one). */
    public RoutedPublisher to(String exchange) {
        return new RoutedPublisher(publishing, exchange);
    }

    /** The exchange this publisher publishes to. */
    public String exchange() {
        return exchange;
    }

    /** Publishes with a new reference id (= the message id) and the routing key {@code <object>.<action>}. */
    public String publish(String systemTo, String object, String action, Map<String, ?> params) {
        return publish(systemTo, object, action, params, null, null);
    }

    /** Publishes with the given reference id (null: the new message id). */
    public String publish(String systemTo, String object, String action, Map<String, ?> params, String referenceId) {
        return publish(systemTo, object, action, params, referenceId, null);
    }

    /**
     * Publishes one message and waits for its confirm.
     *
     * @param referenceId null: the new message id
     * @param routeKey null: {@code <object>.<action>}
     * @return the new message's {@code message_id}
     * @throws IllegalStateException on a Netty event-loop thread
     * @throws java.io.UncheckedIOException when the broker nacks, the confirm times out or the channel fails
     */
    public String publish(
            String systemTo, String object, String action, Map<String, ?> params, String referenceId, String routeKey) {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(action, "action");
        return publishing.publish(
                exchange,
                systemTo,
                object,
                action,
                params,
                referenceId,
                routeKey == null ? object + "." + action : routeKey);
    }
}
