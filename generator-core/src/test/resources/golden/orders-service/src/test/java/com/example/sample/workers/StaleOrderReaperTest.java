package com.example.sample.workers;

import com.example.sample.generated.config.StaleOrderReaperConfig;
import dev.shiva.runtime.testing.Workers;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link StaleOrderReaper}: yours to extend. shiva created this file once.
 */
class StaleOrderReaperTest {
    @Test
    void stopsWhenAsked() throws Exception {
        StaleOrderReaperConfig config = StaleOrderReaperConfig.example();
        StaleOrderReaper worker = Workers.attach(new StaleOrderReaper(), "reaper", config);
        Thread loop = new Thread(() -> { try { worker.start(); } catch (Exception e) { throw new IllegalStateException(e); } });
        loop.start();
        worker.requestStop();
        loop.join(10_000);
        Assertions.assertFalse(loop.isAlive(), "start() must return once a stop is requested");
    }
}
