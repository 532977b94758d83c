package dev.shiva.templates;

import java.util.Optional;

/**
 * What {@code application.yml.mustache} needs: Micronaut's own configuration of a service.
 *
 * @param applicationName {@code micronaut.application.name} (config.yml's {@code app_name})
 * @param host HTTP bind address ({@code common.web.host})
 * @param port HTTP port, a number or a placeholder such as {@code ${PORT:8085}}
 * @param metrics the Prometheus export; empty when there is no {@code metrics_root} dispatcher
 *
 * <p>Connections are not here: the runtime configures their Micronaut beans from config.yml when the
 * service starts (values, placeholders included, are read at start; docs/runtime.md §18).
 */
public record ApplicationConfigView(
        String applicationName, String host, String port, Optional<PrometheusMetricsView> metrics) {

    public ApplicationConfigView {
        ViewChecks.yamlQuoted("applicationName", applicationName);
        ViewChecks.yamlQuoted("host", host);
        ViewChecks.portValue("port", port);
        ViewChecks.optional("metrics", metrics);
    }
}
