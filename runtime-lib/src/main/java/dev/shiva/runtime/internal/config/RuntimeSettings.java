package dev.shiva.runtime.internal.config;

import dev.shiva.runtime.ConfigNode;
import java.util.Map;
import java.util.Optional;

/**
 * The values of config.yml the runtime itself reads (the rest is bound by generated code), after
 * placeholders were replaced. Read once at startup: changing them needs a restart, not a rebuild.
 *
 * @param root the whole config tree, for the parts read where they are used (the rmq topology)
 */
public record RuntimeSettings(
        String host,
        int port,
        int gracePeriodSeconds,
        int coroNum,
        boolean uvloop,
        LoggingSettings logging,
        Map<String, DispatcherSettings> dispatchers,
        Map<String, WorkerSettings> workers,
        ConfigNode root) {

    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final int DEFAULT_PORT = 8085;
    public static final int DEFAULT_GRACE_PERIOD_SECONDS = 10;

    public RuntimeSettings {
        dispatchers = Map.copyOf(dispatchers);
        workers = Map.copyOf(workers);
    }

    public Optional<DispatcherSettings> dispatcher(String key) {
        return Optional.ofNullable(dispatchers.get(key));
    }

    public Optional<WorkerSettings> worker(String key) {
        return Optional.ofNullable(workers.get(key));
    }
}
