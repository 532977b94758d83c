package dev.shiva.runtime;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Envelope;
import java.util.Collection;
import java.util.List;

/**
 * How an rmq dispatcher turns a delivery into calls of its workers: config.yml's {@code proto}. The
 * built-ins {@code JSON_Routed_BPM} and {@code JSON_UnroutedALL} are implementations of it; a custom
 * protocol is a class implementing it, named by its fully qualified name ({@code proto:
 * com.acme.CsvProtocol}). At start the runtime takes the Micronaut bean of that type when there is
 * one (so it may inject what it needs), else creates it with its public no-arg constructor.
 *
 * <p>The dispatcher does the rest, the same for every protocol: it binds {@link RmqContext}, counts
 * the meters, applies the ack policy and the bounded retries of config.yml to failures, publishes
 * the reply before acking, rejects without requeue what the protocol rejects, and drains on stop.
 *
 * <pre>{@code
 * public final class CsvProtocol implements RmqProtocol<List<String>> {
 *     public List<String> decode(byte[] body, AMQP.BasicProperties properties, Envelope envelope) {
 *         String line = new String(body, StandardCharsets.UTF_8).strip();
 *         if (line.isEmpty()) throw new MessageRejectedException("empty_line", "the body is empty");
 *         return List.of(line.split(","));
 *     }
 *     public Object dispatch(List<String> fields, RmqWorkers workers) throws Exception {
 *         workers.each(CsvHandler.class, worker -> worker.onLine(fields));  // your interface
 *         return null;
 *     }
 *     public Class<?> workerType() { return CsvHandler.class; }
 * }
 * }</pre>
 *
 * <p>One instance serves all the dispatcher's queues and consumer channels: {@code decode}, {@code
 * dispatch} and {@code reply} are called concurrently and must be thread-safe.
 *
 * @param <M> the decoded message
 */
public interface RmqProtocol<M> {

    /**
     * The message in a delivery. Runs on the consumer thread with {@link RmqContext} bound.
     *
     * @throws MessageRejectedException for a body that is not a message of this protocol: rejected
     *     without requeue, logged and counted with its reason (any other exception is rejected the
     *     same way with the reason {@code decode_error})
     */
    M decode(byte[] body, AMQP.BasicProperties properties, Envelope envelope);

    /**
     * Calls the workers for {@code message}; returns what {@link #reply} turns into the reply, or
     * null. An exception is a handler failure and follows the ack policy and retries (see {@link
     * RmqWorkers} for which apply); a {@link MessageRejectedException} (or {@link
     * UnknownRouteException}) rejects the message instead.
     */
    Object dispatch(M message, RmqWorkers workers) throws Exception;

    /**
     * The reply to publish for {@code dispatch}'s non-null {@code result}, or null for none. The
     * default accepts an {@link RmqReply} (and refuses anything else, as a handler failure).
     */
    default RmqReply reply(M message, Object result) {
        if (result instanceof RmqReply reply) {
            return reply;
        }
        throw new IllegalStateException(getClass().getName() + ".dispatch returned a "
                + result.getClass().getName() + "; return an RmqReply (or null), or override reply()");
    }

    /**
     * The route of {@code message} for the log lines and the {@code route} tag of the meters; null
     * for none (tagged {@code (all)}). A route not in {@link #routes()} is tagged {@code (unknown)},
     * so that senders cannot grow the registry.
     */
    default String route(M message) {
        return null;
    }

    /** The routes that get their own meter tag. */
    default Collection<String> routes() {
        return List.of();
    }

    /** The message's id for the log lines, when it has one. */
    default String messageId(M message) {
        return null;
    }

    /**
     * The type every worker of the dispatcher must be (the interface the protocol calls them
     * through): checked at start, a worker that is not one stops the start with one line.
     */
    default Class<?> workerType() {
        return RmqWorker.class;
    }
}
