package dev.shiva.runtime;

import java.util.List;

/**
 * One dispatcher entry: its key under {@code dispatchers:}, its identity (the {@code name} workers
 * refer to), its kind, and the worker entries config.yml binds to it.
 */
public record DispatcherBlueprint(String key, String identity, DispatcherKind kind, List<WorkerBlueprint> workers) {

    public DispatcherBlueprint {
        workers = List.copyOf(workers);
    }
}
