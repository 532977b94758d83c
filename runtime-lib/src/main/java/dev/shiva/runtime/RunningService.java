package dev.shiva.runtime;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;

/**
 * A started service: its workers run and, when it has a web or metrics dispatcher, its HTTP server
 * answers. {@link ShivaApplication#run} stops it on SIGTERM or SIGINT; tests stop it themselves.
 */
public interface RunningService extends AutoCloseable {

    /** The service's Micronaut context; closed once the service has stopped. */
    ApplicationContext applicationContext();

    /** The port the HTTP server listens on, or -1 when the service runs no HTTP server. */
    int port();

    /**
     * Stops the service gracefully: readiness goes down, loops are asked to stop and get the grace
     * period ({@code common.grace_period_seconds}) before they are interrupted, every worker's
     * {@code stop()} is called once, and the context is closed. Idempotent; a second caller waits
     * until the first one's stop has finished.
     */
    void stop();

    /** Waits until the service has stopped, whoever stopped it. */
    void awaitStop() throws InterruptedException;

    /** Waits up to {@code timeout}; true when the service has stopped. */
    boolean awaitStop(Duration timeout) throws InterruptedException;

    /** The same as {@link #stop()}, for try-with-resources. */
    @Override
    default void close() {
        stop();
    }
}
