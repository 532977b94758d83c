package dev.shiva.runtime.internal.config;

import dev.shiva.runtime.ConfigNode;
import java.util.OptionalInt;

/**
 * One {@code workers:} entry as the runtime reads it.
 *
 * @param enabled true only when config.yml says literally {@code true}
 * @param enabledWritten whether the key is there at all
 * @param coro the entry's own {@code coro}; the runtime falls back to {@code common.coro_num}
 * @param config the entry's {@code config:} block, an empty mapping when absent
 */
public record WorkerSettings(
        String key, boolean enabled, boolean enabledWritten, OptionalInt coro, ConfigNode config) {}
