package dev.shiva.runtime.internal.lifecycle;

import jakarta.inject.Singleton;

/**
 * Where the service is in its lifecycle, for {@code /readiness}: a bean, so that the HTTP layer and
 * the runtime that drives the lifecycle share it through the ApplicationContext.
 */
@Singleton
public final class ServiceState {

    /** The phases of a service, in order. */
    public enum Phase {
        STARTING,
        RUNNING,
        STOPPING,
        STOPPED
    }

    private volatile Phase phase = Phase.STARTING;

    public Phase phase() {
        return phase;
    }

    void moveTo(Phase next) {
        phase = next;
    }
}
