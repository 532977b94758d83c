package com.example.sample.workers;

import com.example.sample.generated.workers.PaymentHandlerBase;
import dev.shiva.runtime.BpmRequest;
import io.micronaut.context.annotation.Prototype;

/**
 * The worker class {@code payment_handler}: your code. shiva created this file once and never touches it again.
 */
@Prototype
public class PaymentHandler extends PaymentHandlerBase {
    @Override
    public Object paymentCaptured(BpmRequest request) throws Exception {
        log().info("payment.captured {}: {}", request.messageId(), request.params());
        // Return a value to publish it as the reply; null sends none.
        return null;
    }
}
