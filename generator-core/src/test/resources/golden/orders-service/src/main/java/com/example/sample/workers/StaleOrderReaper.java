package com.example.sample.workers;

import com.example.sample.generated.workers.StaleOrderReaperBase;
import io.micronaut.context.annotation.Prototype;
import java.time.Duration;

/**
 * The worker class {@code stale_order_reaper}: your code. shiva created this file once and never touches it again.
 */
@Prototype
public class StaleOrderReaper extends StaleOrderReaperBase {
    @Override
    public void start() throws Exception {
        // Runs until the service stops; config() holds this entry's settings from config.yml.
        while (running()) {
            log().info("{} #{} is working", name(), instance());
            pause(Duration.ofSeconds(5));
        }
    }
}
