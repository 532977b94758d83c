package dev.shiva.runtime.internal.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The body of {@code /readiness} and {@code /liveness}: {@code {"status":"ok"}}, or a status that
 * says why the service is not ready, with the indicators that are not ready when there are some.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HealthStatus(
        String status, @JsonProperty("not_ready") List<String> notReady) {

    public static final HealthStatus OK = new HealthStatus("ok", List.of());

    public HealthStatus {
        notReady = List.copyOf(notReady);
    }

    public static HealthStatus of(String status) {
        return new HealthStatus(status, List.of());
    }
}
