package com.example.orders;

import dev.shiva.runtime.MetricWorker;
import dev.shiva.runtime.support.Events;
import io.micrometer.core.instrument.Gauge;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Requires;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A user metric worker: keeps a gauge of its own up to date. */
@Prototype
@Requires(property = "shiva.workers.queue_depth.enabled", value = "true")
public class QueueDepthMetric extends MetricWorker<QueueDepthConfig> {

    private final AtomicLong depth = new AtomicLong();

    @Override
    public void prepare() {
        depth.set(config().depth());
        Gauge.builder("orders.queue.depth", depth, AtomicLong::get)
                .description("Messages waiting")
                .register(meterRegistry());
        Events.record("prepare:" + name() + ":" + instance());
    }

    @Override
    public void start() throws InterruptedException {
        while (pause(Duration.ofMillis(50))) {
            depth.set(config().depth());
        }
    }

    @Override
    public void stop() {
        Events.record("stop:" + name() + ":" + instance());
    }
}
