package com.example.lifecycle;

import dev.shiva.runtime.support.Events;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Requires;

/** Ignores the stop request (never looks at running()); only the interrupt after the grace period ends it. */
@Prototype
@Requires(property = "shiva.dispatchers.all_daemons.enabled", notEquals = "true")
public class Stubborn extends RecordingDaemon {

    @Override
    public void start() throws Exception {
        Events.record("start:" + name() + ":" + instance());
        try {
            while (true) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Events.record("interrupted:" + name() + ":" + instance());
            throw e;
        }
    }
}
