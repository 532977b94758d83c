package dev.shiva.runtime.internal.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code /readiness} and {@code /liveness}: {@code {"status":"ok"}}, or a status that
 * says why the service is not ready, with the indicators that are not ready when there are some.
 * A running service's readiness also lists every indicator with {@code up} or {@code down} ({@code
 * "checks":{"connection pg_main":"up","consumer esb/orders_in":"up"}}), so an operator sees what
 * is checked, not only what failed.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HealthStatus(
        String status, @JsonProperty("not_ready") List<String> notReady, Map<String, String> checks) {

    public static final HealthStatus OK = new HealthStatus("ok", List.of(), Map.of());

    public HealthStatus {
        notReady = List.copyOf(notReady);
        checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks)); // keeps the indicators' order
    }

    public HealthStatus(String status, List<String> notReady) {
        this(status, notReady, Map.of());
    }

    public static HealthStatus of(String status) {
        return new HealthStatus(status, List.of());
    }
}
