package dev.shiva.runtime.testing;

import dev.shiva.runtime.Worker;
import dev.shiva.runtime.internal.WorkerContext;
import java.util.Map;

/**
 * For unit tests of worker classes: attaches a worker to a name and config the way the runtime
 * does when the service starts, without starting a service.
 */
public final class Workers {

    private Workers() {}

    public static <C, W extends Worker<C>> W attach(W worker, String name, C config) {
        return attach(worker, name, config, Map.of());
    }

    /**
     * As {@link #attach(Worker, String, Object)}, with the handles its {@code depends} accessors
     * return, by connection key (a test's own {@code ConnectionFactory}, a stub {@code S3Operations}).
     */
    public static <C, W extends Worker<C>> W attach(W worker, String name, C config, Map<String, Object> connections) {
        worker.attach(new WorkerContext<>(name, 0, config, connections));
        return worker;
    }
}
