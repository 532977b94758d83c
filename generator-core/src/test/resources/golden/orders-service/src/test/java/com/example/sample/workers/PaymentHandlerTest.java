package com.example.sample.workers;

import com.example.sample.generated.config.PaymentHandlerConfig;
import dev.shiva.runtime.BpmRequest;
import dev.shiva.runtime.testing.Workers;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link PaymentHandler}: yours to extend. shiva created this file once.
 */
class PaymentHandlerTest {
    @Test
    void handlesEveryRoute() throws Exception {
        PaymentHandlerConfig config = PaymentHandlerConfig.example();
        PaymentHandler worker = Workers.attach(new PaymentHandler(), "payments", config);
        Assertions.assertDoesNotThrow(() -> worker.paymentCaptured(new BpmRequest("test", "service", "payment", "captured", "R1", "M1", Map.of())));
    }
}
