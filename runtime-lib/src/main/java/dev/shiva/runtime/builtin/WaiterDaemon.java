package dev.shiva.runtime.builtin;

import dev.shiva.runtime.ConfigNode;
import dev.shiva.runtime.DaemonWorker;
import io.micronaut.context.annotation.Prototype;
import java.time.Duration;

/**
 * Python Shiva's {@code waiter_daemon}: a loop that does nothing but wait, which keeps a service
 * with no other work alive and shows that its daemon dispatcher runs. Its config is free-form and
 * unused; at DEBUG it logs a line on every turn.
 */
@Prototype
public class WaiterDaemon extends DaemonWorker<ConfigNode> {

    /** How long one turn of the loop waits. */
    static final Duration TURN = Duration.ofSeconds(5);

    @Override
    public void start() throws InterruptedException {
        while (pause(TURN)) {
            log().debug("waiting");
        }
    }
}
