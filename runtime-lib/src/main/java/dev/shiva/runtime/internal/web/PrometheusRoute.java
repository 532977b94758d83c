package dev.shiva.runtime.internal.web;

import io.micronaut.context.ExecutionHandleLocator;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.MediaType;
import io.micronaut.web.router.DefaultRouteBuilder;
import jakarta.inject.Singleton;

/**
 * {@code GET <metrics_root uri>}: the path config.yml names, as Python Shiva served it (Micronaut's own
 * prometheus endpoint lives under the management path and needs micronaut-management). The route is
 * built here rather than with {@code @Get("${shiva.metrics.uri}")}: Micronaut resolves placeholders
 * of route annotations through bean metadata shared by every context of the JVM, so a second service
 * started in the same JVM (tests) would answer at the first one's path.
 */
@Singleton
@Requires(property = "shiva.metrics.enabled", value = "true")
@Requires(beans = PrometheusScrape.class)
@SuppressWarnings("overrides") // DefaultRouteBuilder's own varargs/array mismatch, inherited as is
public class PrometheusRoute extends DefaultRouteBuilder {

    PrometheusRoute(ExecutionHandleLocator locator, Environment environment, PrometheusScrape scrape) {
        super(locator);
        String uri = environment.getProperty("shiva.metrics.uri", String.class).orElse("/metrics");
        GET(uri, scrape, "scrape").produces(MediaType.of(PrometheusScrape.CONTENT_TYPE));
    }
}
