package dev.shiva.runtime;

/**
 * How a message taken from a queue is settled with the broker. Under the ack policy {@code manual}
 * the handler must call exactly one of these (from the handler's thread or later from any thread,
 * but before the service stops: an unsettled message holds a prefetch slot and goes back to the
 * queue when the channel closes). Under the other policies the runtime settles the message, unless
 * the handler already did. A second settlement throws {@link IllegalStateException}. I/O failures
 * (the channel was closed) are {@link java.io.UncheckedIOException}s; the broker then redelivers the
 * message.
 */
public interface MessageSettlement {

    /** Acknowledge: the message is done. */
    void ack();

    /** Reject without requeue: the broker dead-letters it where the queue has a dead-letter exchange. */
    void reject();

    /** Nack with requeue: the message goes back to the queue. */
    void requeue();

    /** Whether one of the three was called. */
    boolean isSettled();
}
