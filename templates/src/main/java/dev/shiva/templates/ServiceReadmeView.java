package dev.shiva.templates;

import java.util.List;
import java.util.Optional;

/**
 * What {@code README.md.mustache} needs.
 *
 * @param serviceName the service's name (config.yml's {@code app_name})
 * @param artifactId with {@code version}, names the jar {@code mvn package} builds
 * @param configFile the config.yml the service reads, relative to the project root
 * @param userSourceDir where the user's worker classes live, such as {@code src/main/java/com/acme/orders}
 * @param port the HTTP port the service listens on by default
 * @param healthEndpoints true when a web dispatcher serves /readiness and /liveness
 * @param metricsUri the Prometheus path, when there is a {@code metrics_root} dispatcher
 * @param workers the table of workers, in config.yml's order
 * @param connections the table of connections, in config.yml's order
 * @param drivers the settings of each driver the connections use, in the order drivers first appear
 */
public record ServiceReadmeView(
        String serviceName,
        String artifactId,
        String version,
        String configFile,
        String userSourceDir,
        int port,
        boolean healthEndpoints,
        Optional<String> metricsUri,
        List<WorkerRow> workers,
        List<ConnectionRow> connections,
        List<DriverReference> drivers) {

    public ServiceReadmeView {
        ViewChecks.text("serviceName", serviceName);
        ViewChecks.key("artifactId", artifactId);
        ViewChecks.key("version", version);
        ViewChecks.text("configFile", configFile);
        ViewChecks.text("userSourceDir", userSourceDir);
        ViewChecks.port("port", port);
        ViewChecks.optional("metricsUri", metricsUri).ifPresent(uri -> ViewChecks.text("metricsUri", uri));
        workers = ViewChecks.list("workers", workers);
        connections = ViewChecks.list("connections", connections);
        drivers = ViewChecks.list("drivers", drivers);
    }

    /** Whether the connections table (with its explanation) is shown at all. */
    public boolean hasConnections() {
        return !connections.isEmpty();
    }
}
