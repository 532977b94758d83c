package com.example.sample.workers;

import com.example.sample.generated.workers.OrdersApiBase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.Map;

/**
 * The worker class {@code orders_api}: your code. shiva created this file once and never touches it again.
 */
@Controller("/orders_api")
@Requires(
        property = "shiva.workers.api.enabled",
        value = "true"
)
public class OrdersApi extends OrdersApiBase {
    @Get
    public Map<String, String> index() {
        // Add your endpoints here: Micronaut's @Get, @Post, ... on methods of this class.
        return Map.of("worker", name());
    }
}
