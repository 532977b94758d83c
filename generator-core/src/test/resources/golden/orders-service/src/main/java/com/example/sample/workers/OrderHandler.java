package com.example.sample.workers;

import com.example.sample.generated.workers.OrderHandlerBase;
import dev.shiva.runtime.BpmRequest;
import io.micronaut.context.annotation.Prototype;

/**
 * The worker class {@code order_handler}: your code. shiva created this file once and never touches it again.
 */
@Prototype
public class OrderHandler extends OrderHandlerBase {
    @Override
    public Object orderCreate(BpmRequest request) throws Exception {
        log().info("order.create {}: {}", request.messageId(), request.params());
        // Return a value to publish it as the reply; null sends none.
        return null;
    }

    @Override
    public Object orderCancel(BpmRequest request) throws Exception {
        log().info("order.cancel {}: {}", request.messageId(), request.params());
        // Return a value to publish it as the reply; null sends none.
        return null;
    }
}
