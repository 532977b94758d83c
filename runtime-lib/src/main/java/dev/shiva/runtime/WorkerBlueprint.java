package dev.shiva.runtime;

import java.util.List;
import java.util.function.Function;

/**
 * One worker entry: its key under {@code workers:}, its instance name, its class, the binder that
 * turns its {@code config:} block into the class's typed config, and the connections it depends on.
 *
 * @param type the user's worker class (a Micronaut bean: created once per {@code coro} instance)
 * @param config binds the entry's {@code config:} node (an empty mapping when absent)
 * @param depends the keys under {@code connections:} of every {@code depends} reference of the entry,
 *     resolved by the generator (a driver name becomes the one connection using that driver), in
 *     config.yml order without repeats; the only connections the worker's handles can reach
 */
public record WorkerBlueprint(
        String key,
        String name,
        Class<? extends Worker<?>> type,
        Function<ConfigNode, ?> config,
        List<String> depends) {

    public WorkerBlueprint {
        depends = List.copyOf(depends);
    }

    /** An entry without {@code depends}. */
    public WorkerBlueprint(String key, String name, Class<? extends Worker<?>> type, Function<ConfigNode, ?> config) {
        this(key, name, type, config, List.of());
    }
}
