package com.example.lifecycle;

import dev.shiva.runtime.support.Events;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Requires;
import java.util.concurrent.CountDownLatch;

/** Ignores the stop request and the interrupt: the stop must go on without it. */
@Prototype
@Requires(property = "shiva.dispatchers.all_daemons.enabled", notEquals = "true")
public class Deaf extends RecordingDaemon {

    /** Counted down by the test when it is done, so that the thread does not outlive the test run. */
    public static volatile CountDownLatch release = new CountDownLatch(1);

    @Override
    public void start() {
        Events.record("start:" + name() + ":" + instance());
        while (release.getCount() > 0) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Events.record("ignored-interrupt:" + name());
            }
        }
    }
}
