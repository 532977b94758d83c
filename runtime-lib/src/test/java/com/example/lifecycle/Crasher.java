package com.example.lifecycle;

import dev.shiva.runtime.support.Events;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Requires;

/** Its loop throws at once: counted as a failure, the service keeps running. */
@Prototype
@Requires(property = "shiva.dispatchers.all_daemons.enabled", notEquals = "true")
public class Crasher extends RecordingDaemon {

    @Override
    public void start() {
        Events.record("start:" + name() + ":" + instance());
        throw new IllegalStateException("boom");
    }
}
