package dev.shiva.runtime.internal.web;

import dev.shiva.runtime.ReadinessIndicator;
import dev.shiva.runtime.internal.lifecycle.ServiceState;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /readiness} and {@code GET /liveness} of a service with a web dispatcher. Readiness is
 * 200 only while the workers run and every {@link ReadinessIndicator} is ready, so that a load
 * balancer stops sending work as soon as a stop begins; liveness is 200 as long as the process
 * answers at all.
 */
@Controller
@Requires(property = "shiva.web.enabled", value = "true")
public final class HealthController {

    private final ServiceState state;
    private final List<ReadinessIndicator> indicators;

    private final RuntimeIndicators started;

    HealthController(ServiceState state, List<ReadinessIndicator> indicators) {
        this(state, indicators, new RuntimeIndicators());
    }

    @jakarta.inject.Inject
    HealthController(ServiceState state, List<ReadinessIndicator> indicators, RuntimeIndicators started) {
        this.state = state;
        this.indicators = List.copyOf(indicators);
        this.started = started;
    }

    @Get(uri = "/readiness", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<HealthStatus> readiness() {
        ServiceState.Phase phase = state.phase();
        if (phase != ServiceState.Phase.RUNNING) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(HealthStatus.of(phase.name().toLowerCase(Locale.ROOT)));
        }
        Map<String, String> checks = new LinkedHashMap<>();
        List<String> notReady = new ArrayList<>();
        java.util.stream.Stream.concat(started.indicators().stream(), indicators.stream())
                .forEach(indicator -> {
                    boolean ready = indicator.isReady();
                    checks.put(indicator.name(), ready ? "up" : "down");
                    if (!ready) {
                        notReady.add(indicator.name());
                    }
                });
        if (!notReady.isEmpty()) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(new HealthStatus("unavailable", notReady, checks));
        }
        return HttpResponse.ok(new HealthStatus("ok", List.of(), checks));
    }

    @Get(uri = "/liveness", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<HealthStatus> liveness() {
        return HttpResponse.ok(HealthStatus.OK);
    }
}
