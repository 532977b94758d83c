package com.example.sample.workers;

import com.example.sample.generated.config.OrderHandlerConfig;
import dev.shiva.runtime.BpmRequest;
import dev.shiva.runtime.testing.Workers;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link OrderHandler}: yours to extend. shiva created this file once.
 */
class OrderHandlerTest {
    @Test
    void handlesEveryRoute() throws Exception {
        OrderHandlerConfig config = OrderHandlerConfig.example();
        OrderHandler worker = Workers.attach(new OrderHandler(), "order_intake", config);
        Assertions.assertDoesNotThrow(() -> worker.orderCreate(new BpmRequest("test", "service", "order", "create", "R1", "M1", Map.of())));
        Assertions.assertDoesNotThrow(() -> worker.orderCancel(new BpmRequest("test", "service", "order", "cancel", "R1", "M1", Map.of())));
    }
}
