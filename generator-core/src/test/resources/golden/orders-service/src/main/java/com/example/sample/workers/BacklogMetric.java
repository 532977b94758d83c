package com.example.sample.workers;

import com.example.sample.generated.workers.BacklogMetricBase;
import io.micrometer.core.instrument.Gauge;
import io.micronaut.context.annotation.Prototype;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The worker class {@code backlog_metric}: your code. shiva created this file once and never touches it again.
 */
@Prototype
public class BacklogMetric extends BacklogMetricBase {
    private final AtomicLong value = new AtomicLong();

    @Override
    public void prepare() {
        Gauge.builder("backlog_metric_value", value, AtomicLong::get).tag("worker", name()).register(meterRegistry());
    }

    @Override
    public void start() throws Exception {
        // Update the gauge from what this metric measures.
        while (running()) {
            value.incrementAndGet();
            pause(Duration.ofSeconds(5));
        }
    }
}
