package dev.shiva.runtime.internal.connections;

import java.time.Duration;

/** A connection that was made: its handle for workers, a health probe, and its close. */
public interface OpenConnection {

    /** What a worker's {@code depends} accessor returns: an instance of {@link Driver#handleType()}. */
    Object handle();

    /**
     * One round trip to the server (does I/O), true when it answered within {@code timeout}. Called
     * from a background thread every few seconds; readiness reads the last answer.
     */
    boolean probe(Duration timeout);

    /** Closes what {@link Driver#open} opened; called once, after the dispatchers stopped. Never throws. */
    void close();
}
