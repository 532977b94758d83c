package com.example.lifecycle;

import dev.shiva.runtime.ConfigNode;
import dev.shiva.runtime.DaemonWorker;
import dev.shiva.runtime.support.Events;
import java.time.Duration;

/** A daemon that records its lifecycle in {@link Events}: {@code prepare:name:i}, {@code start:...}, {@code stop:...}. */
public abstract class RecordingDaemon extends DaemonWorker<ConfigNode> {

    @Override
    public void prepare() throws Exception {
        Events.record("prepare:" + name() + ":" + instance());
    }

    @Override
    public void start() throws Exception {
        Events.record("start:" + name() + ":" + instance());
        while (pause(Duration.ofMillis(10))) {
            Events.increment("loop:" + name() + ":" + instance());
        }
    }

    @Override
    public void stop() throws Exception {
        Events.record("stop:" + name() + ":" + instance());
    }
}
