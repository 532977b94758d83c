package dev.shiva.runtime;

import java.util.List;
import java.util.Optional;

/**
 * One dispatcher entry: its key under {@code dispatchers:}, its identity (the {@code name} workers
 * refer to), its kind, the worker entries config.yml binds to it, and for a routed rmq dispatcher
 * its generated route table.
 */
public record DispatcherBlueprint(
        String key, String identity, DispatcherKind kind, List<WorkerBlueprint> workers, Optional<RouteTable> routes) {

    public DispatcherBlueprint {
        workers = List.copyOf(workers);
        routes = routes == null ? Optional.empty() : routes;
    }

    /** A dispatcher without a route table (every kind but a routed rmq dispatcher). */
    public DispatcherBlueprint(String key, String identity, DispatcherKind kind, List<WorkerBlueprint> workers) {
        this(key, identity, kind, workers, Optional.empty());
    }
}
