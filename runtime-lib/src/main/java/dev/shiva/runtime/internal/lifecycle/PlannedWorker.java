package dev.shiva.runtime.internal.lifecycle;

import dev.shiva.runtime.ConfigNode;
import dev.shiva.runtime.DispatcherKind;
import dev.shiva.runtime.Worker;
import java.util.List;
import java.util.function.Function;

/**
 * One worker the service will run: a config.yml entry, or under policy ALL an unlisted bean.
 *
 * @param key the entry's key under {@code workers:} (the snake_case name for an unlisted bean)
 * @param dispatcher the dispatcher's identity, as meters and logs name it
 * @param name the instance name
 * @param instances how many instances ({@code coro}; always 1 for a web worker, a singleton
 *     controller, and for an rmq worker, which handles every message of its routes once)
 * @param binder turns {@code config} into the worker's typed config
 * @param listed false for the unlisted beans policy ALL adds
 * @param depends the connection keys of the entry's {@code depends} (none for unlisted beans)
 */
record PlannedWorker(
        String key,
        String dispatcher,
        DispatcherKind kind,
        String name,
        Class<? extends Worker<?>> type,
        int instances,
        Function<ConfigNode, ?> binder,
        ConfigNode config,
        boolean listed,
        List<String> depends) {}
