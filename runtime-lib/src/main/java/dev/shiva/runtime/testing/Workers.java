package dev.shiva.runtime.testing;

import dev.shiva.runtime.Worker;
import dev.shiva.runtime.internal.WorkerContext;

/**
 * For unit tests of worker classes: attaches a worker to a name and config the way the runtime
 * does when the service starts, without starting a service.
 */
public final class Workers {

    private Workers() {}

    public static <C, W extends Worker<C>> W attach(W worker, String name, C config) {
        worker.attach(new WorkerContext<>(name, 0, config));
        return worker;
    }
}
