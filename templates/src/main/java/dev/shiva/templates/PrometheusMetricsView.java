package dev.shiva.templates;

/**
 * The Prometheus export of a service with a {@code metrics_root} dispatcher.
 *
 * @param uri where the service answers Prometheus scrapes (the dispatcher's {@code uri})
 * @param step Micrometer's step, as a Micronaut duration ({@code PT1M}, {@code 30s})
 * @param descriptions whether meters are exported with their descriptions
 */
public record PrometheusMetricsView(String uri, String step, boolean descriptions) {
    public PrometheusMetricsView {
        ViewChecks.yamlQuoted("uri", uri);
        if (!uri.startsWith("/")) {
            throw new IllegalArgumentException("uri must start with '/': " + uri);
        }
        ViewChecks.key("step", step);
    }

    /** Micrometer's usual one-minute step, with descriptions. */
    public static PrometheusMetricsView at(String uri) {
        return new PrometheusMetricsView(uri, "PT1M", true);
    }
}
