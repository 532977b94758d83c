package dev.shiva.runtime;

import dev.shiva.runtime.internal.WorkerContext;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every worker is: a named instance with its typed config, prepared before its dispatcher
 * starts and stopped exactly once. Generated base classes extend one of the kinds ({@link
 * DaemonWorker}, {@link WebWorker}, {@link MetricWorker}); user classes extend the generated base.
 *
 * @param <C> the worker's config type: a generated record, or {@link ConfigNode} when untyped
 */
public abstract class Worker<C> {

    private WorkerContext<C> context;

    /** Called by the runtime, once, before {@link #prepare()}. Not for user code. */
    public final void attach(WorkerContext<C> context) {
        if (this.context != null) {
            throw new IllegalStateException("worker " + context.name() + " is already attached");
        }
        this.context = Objects.requireNonNull(context);
    }

    /** This instance's config, bound from config.yml when the service started. */
    public final C config() {
        return context().config();
    }

    /** The instance name ({@code name} in config.yml, else the entry's key). */
    public final String name() {
        return context().name();
    }

    /** 0-based index of this instance among the {@code coro} instances of its entry. */
    public final int instance() {
        return context().instance();
    }

    /** A logger named after the worker instance. */
    protected final Logger log() {
        return LoggerFactory.getLogger(getClass().getName() + "." + name());
    }

    /**
     * The handle of connection {@code key} (a key under {@code connections:}), which this worker's
     * entry declares in {@code depends}. Generated base classes wrap this in one typed accessor per
     * dependency ({@code pgMain()}); user code calls those.
     *
     * @throws IllegalStateException when the entry does not depend on {@code key}: a worker reaches
     *     only the connections it declared
     */
    protected final <T> T connection(String key, Class<T> type) {
        return optionalConnection(key, type)
                .orElseThrow(() -> new IllegalStateException("worker '" + name() + "' does not declare connection '"
                        + key + "' in depends; add it there and run shiva generate"));
    }

    /**
     * The handle of connection {@code key} when this worker's entry declares it in {@code depends},
     * else empty: for worker classes used by several entries of which only some declare it.
     */
    protected final <T> Optional<T> optionalConnection(String key, Class<T> type) {
        Object handle = context().connections().get(key);
        if (handle == null) {
            return Optional.empty();
        }
        if (!type.isInstance(handle)) {
            throw new IllegalStateException(
                    "connection '" + key + "' is a " + handle.getClass().getName() + ", not a " + type.getName()
                            + "; its driver changed since the code was generated: run shiva generate");
        }
        return Optional.of(type.cast(handle));
    }

    /** Called once before the dispatcher starts: open what the worker needs. */
    public void prepare() throws Exception {}

    /** Called exactly once when the service stops, after the worker's work has ended or was interrupted. */
    public void stop() throws Exception {}

    private WorkerContext<C> context() {
        if (context == null) {
            throw new IllegalStateException(getClass().getName() + " is used before the runtime attached it");
        }
        return context;
    }
}
