package dev.shiva.runtime;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One dispatcher entry: its key under {@code dispatchers:}, its identity (the {@code name} workers
 * refer to), its kind, the worker entries config.yml binds to it, for a routed rmq dispatcher its
 * generated route table, and for a dispatcher with a free-form {@code config:} block the binder of
 * its generated config record (bound at start, then read through {@link DispatcherConfigs}).
 */
public record DispatcherBlueprint(
        String key,
        String identity,
        DispatcherKind kind,
        List<WorkerBlueprint> workers,
        Optional<RouteTable> routes,
        Optional<Function<ConfigNode, ?>> config) {

    public DispatcherBlueprint {
        workers = List.copyOf(workers);
        routes = routes == null ? Optional.empty() : routes;
        config = config == null ? Optional.empty() : config;
    }

    /** A dispatcher without a config record. */
    public DispatcherBlueprint(
            String key,
            String identity,
            DispatcherKind kind,
            List<WorkerBlueprint> workers,
            Optional<RouteTable> routes) {
        this(key, identity, kind, workers, routes, Optional.empty());
    }

    /** A dispatcher without a route table (every kind but a routed rmq dispatcher) or config record. */
    public DispatcherBlueprint(String key, String identity, DispatcherKind kind, List<WorkerBlueprint> workers) {
        this(key, identity, kind, workers, Optional.empty(), Optional.empty());
    }
}
