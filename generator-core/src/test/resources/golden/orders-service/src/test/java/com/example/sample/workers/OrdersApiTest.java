package com.example.sample.workers;

import com.example.sample.generated.config.OrdersApiConfig;
import dev.shiva.runtime.testing.Workers;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link OrdersApi}: yours to extend. shiva created this file once.
 */
class OrdersApiTest {
    @Test
    void knowsItsName() throws Exception {
        OrdersApiConfig config = OrdersApiConfig.example();
        OrdersApi worker = Workers.attach(new OrdersApi(), "orders_api", config);
        Assertions.assertEquals("orders_api", worker.index().get("worker"));
    }
}
