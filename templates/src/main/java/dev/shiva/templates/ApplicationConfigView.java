package dev.shiva.templates;

import java.util.Optional;

/**
 * What {@code application.yml.mustache} needs: Micronaut's own configuration of a service.
 *
 * @param applicationName {@code micronaut.application.name} (config.yml's {@code app_name})
 * @param host HTTP bind address ({@code common.web.host})
 * @param port HTTP port, a number or a placeholder such as {@code ${PORT:8085}}
 * @param metrics the Prometheus export; empty when there is no {@code metrics_root} dispatcher
 * @param rabbitmq the {@code rmq} connections, if any
 * @param redis the {@code redis} connections, if any
 * @param r2dbc the {@code postgres} connections as R2DBC URLs, if any
 * @param mongodb the {@code mongodb} connections, if any
 */
public record ApplicationConfigView(
        String applicationName,
        String host,
        String port,
        Optional<PrometheusMetricsView> metrics,
        Optional<ConnectionSection> rabbitmq,
        Optional<ConnectionSection> redis,
        Optional<ConnectionSection> r2dbc,
        Optional<ConnectionSection> mongodb) {

    public ApplicationConfigView {
        ViewChecks.yamlQuoted("applicationName", applicationName);
        ViewChecks.yamlQuoted("host", host);
        ViewChecks.portValue("port", port);
        ViewChecks.optional("metrics", metrics);
        ViewChecks.optional("rabbitmq", rabbitmq);
        ViewChecks.optional("redis", redis);
        ViewChecks.optional("r2dbc", r2dbc);
        ViewChecks.optional("mongodb", mongodb);
    }
}
