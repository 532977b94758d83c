package com.example.lifecycle;

import dev.shiva.runtime.support.Events;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Requires;

/** Finishes its in-flight work for a while after a stop was requested: readiness must be down meanwhile. */
@Prototype
@Requires(property = "shiva.dispatchers.all_daemons.enabled", notEquals = "true")
public class SlowStopper extends RecordingDaemon {

    public static final long DRAIN_MILLIS = 1500;

    @Override
    public void start() throws Exception {
        super.start();
        Events.record("draining:" + name());
        Thread.sleep(DRAIN_MILLIS);
        Events.record("drained:" + name());
    }
}
