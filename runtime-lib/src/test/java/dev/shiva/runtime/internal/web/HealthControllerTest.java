package dev.shiva.runtime.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shiva.runtime.ReadinessIndicator;
import dev.shiva.runtime.internal.lifecycle.ServiceState;
import io.micronaut.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The phases the HTTP tests cannot catch in flight: a service still starting. */
class HealthControllerTest {

    @Test
    void aStartingServiceIsNotReadyButAlive() {
        HealthController controller = new HealthController(new ServiceState(), List.of());
        HttpResponse<HealthStatus> readiness = controller.readiness();
        assertEquals(503, readiness.code());
        assertEquals(HealthStatus.of("starting"), readiness.body());
        assertEquals(200, controller.liveness().code());
    }

    @Test
    void indicatorsAreNotAskedBeforeTheServiceRuns() {
        ReadinessIndicator failing = new ReadinessIndicator() {
            @Override
            public String name() {
                return "never";
            }

            @Override
            public boolean isReady() {
                throw new AssertionError("asked too early");
            }
        };
        assertEquals(
                503,
                new HealthController(new ServiceState(), List.of(failing))
                        .readiness()
                        .code());
    }
}
