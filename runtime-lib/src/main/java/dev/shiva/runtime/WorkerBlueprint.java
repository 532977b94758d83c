package dev.shiva.runtime;

import java.util.function.Function;

/**
 * One worker entry: its key under {@code workers:}, its instance name, its class, and the binder
 * that turns its {@code config:} block into the class's typed config.
 *
 * @param type the user's worker class (a Micronaut bean: created once per {@code coro} instance)
 * @param config binds the entry's {@code config:} node (an empty mapping when absent)
 */
public record WorkerBlueprint(
        String key, String name, Class<? extends Worker<?>> type, Function<ConfigNode, ?> config) {}
