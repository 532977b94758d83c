package dev.shiva.runtime;

import java.util.Objects;

/**
 * A worker under an {@code rmq} dispatcher. Its generated base declares one method per route
 * ({@code order.create} → {@code orderCreate(BpmRequest)}); the dispatcher's generated switch table
 * calls the one the message's {@code object.action} names. A method that returns a value has it
 * published as the reply; {@code null} means no reply.
 *
 * <p>One instance per enabled worker entry, whatever the entry's {@code coro} says (SEMANTICS §3.3):
 * handlers are called concurrently from the consumer threads of the dispatcher's queues (queue
 * {@code coro} channels), so they must be thread-safe. They run on amqp-client's consumer threads,
 * never on a Netty event loop, and may block.
 */
public abstract class RmqWorker<C> extends Worker<C> {

    private volatile RoutedPublisher publisher;

    /**
     * Called for every message of a {@code JSON_UnroutedALL} dispatcher (every enabled worker of the
     * dispatcher gets every message; replies are not published, the return value is ignored). Routed
     * dispatchers never call it. The default throws {@link UnsupportedOperationException}, which
     * counts as a handler failure: a worker under a {@code JSON_UnroutedALL} dispatcher overrides it.
     */
    public Object handle(BpmRequest request) throws Exception {
        throw new UnsupportedOperationException(getClass().getName()
                + " does not override handle(BpmRequest), which a JSON_UnroutedALL dispatcher calls");
    }

    /**
     * Publishes BPM messages to this worker's dispatcher's default exchange (or, through {@link
     * RoutedPublisher#to(String)}, another one) on the dispatcher's connection. Available from
     * {@link #prepare()} on.
     */
    protected final RoutedPublisher publisher() {
        RoutedPublisher bound = publisher;
        if (bound == null) {
            throw new IllegalStateException(getClass().getName() + " has no publisher: it does not run under an rmq"
                    + " dispatcher, or it is used before the runtime attached it");
        }
        return bound;
    }

    /** Called by the runtime, once, before {@link #prepare()}. Not for user code. */
    public final void attachPublisher(RoutedPublisher publisher) {
        this.publisher = Objects.requireNonNull(publisher);
    }
}
