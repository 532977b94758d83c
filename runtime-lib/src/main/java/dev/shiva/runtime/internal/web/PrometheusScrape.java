package dev.shiva.runtime.internal.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Executable;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** The Prometheus text exposition of the service's meters; {@link PrometheusRoute} serves it. */
@Singleton
@Requires(property = "shiva.metrics.enabled", value = "true")
@Requires(beans = PrometheusMeterRegistry.class)
public class PrometheusScrape {

    /** Prometheus' text exposition format. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    PrometheusScrape(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Executable
    public String scrape() {
        return registry.scrape();
    }
}
