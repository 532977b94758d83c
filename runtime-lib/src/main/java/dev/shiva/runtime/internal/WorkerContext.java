package dev.shiva.runtime.internal;

import java.util.Map;

/**
 * What the runtime hands a worker instance when it attaches it. Internal: created by the runtime
 * only.
 *
 * @param connections the open handle of every connection the entry depends on, by connection key
 */
public record WorkerContext<C>(String name, int instance, C config, Map<String, Object> connections) {

    public WorkerContext {
        connections = Map.copyOf(connections);
    }

    public WorkerContext(String name, int instance, C config) {
        this(name, instance, config, Map.of());
    }
}
