package dev.shiva.runtime;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * A worker under a {@code metrics_root} dispatcher: a loop, like a daemon, that maintains its own
 * meters in the service's registry, which the dispatcher exposes in Prometheus format.
 */
public abstract class MetricWorker<C> extends DaemonWorker<C> {

    private MeterRegistry registry;

    /** The service's meter registry: register gauges, counters and timers here. */
    protected final MeterRegistry meterRegistry() {
        if (registry == null) {
            throw new IllegalStateException("the meter registry is available from prepare() on");
        }
        return registry;
    }

    /** Called by the runtime before {@link #prepare()}. Not for user code. */
    public final void attachRegistry(MeterRegistry registry) {
        this.registry = registry;
    }
}
