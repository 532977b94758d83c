package com.example.sample.workers;

import com.example.sample.generated.config.BacklogMetricConfig;
import dev.shiva.runtime.testing.Workers;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link BacklogMetric}: yours to extend. shiva created this file once.
 */
class BacklogMetricTest {
    @Test
    void registersItsMeter() throws Exception {
        BacklogMetricConfig config = BacklogMetricConfig.example();
        BacklogMetric worker = Workers.attach(new BacklogMetric(), "backlog_gauge", config);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        worker.attachRegistry(registry);
        worker.prepare();
        Assertions.assertFalse(registry.getMeters().isEmpty(), "prepare() registers the worker's meters");
    }
}
