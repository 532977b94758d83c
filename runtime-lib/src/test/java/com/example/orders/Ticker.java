package com.example.orders;

import dev.shiva.runtime.DaemonWorker;
import dev.shiva.runtime.support.Events;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Requires;
import java.time.Duration;

/** A user daemon worker: counts the turns of its loop per instance. */
@Prototype
@Requires(property = "shiva.workers.ticker.enabled", value = "true")
public class Ticker extends DaemonWorker<TickerConfig> {

    @Override
    public void prepare() {
        Events.record("prepare:" + name() + ":" + instance() + ":" + config().label() + ":"
                + config().limits().burst());
    }

    @Override
    public void start() throws InterruptedException {
        Events.record("start:" + name() + ":" + instance() + ":"
                + Thread.currentThread().getName());
        while (pause(Duration.ofMillis(config().intervalMs()))) {
            Events.increment("loop:" + name() + ":" + instance());
        }
    }

    @Override
    public void stop() {
        Events.record("stop:" + name() + ":" + instance());
    }
}
