package dev.shiva.runtime.internal.lifecycle;

import dev.shiva.runtime.ServiceBlueprint;
import dev.shiva.runtime.internal.config.DispatcherSettings;
import dev.shiva.runtime.internal.config.RuntimeSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Micronaut properties a service gets from config.yml. Two sets: {@link #fromConfig} overrides
 * application.yml (config.yml is the source of truth at runtime), {@link #defaults} only fills in
 * what application.yml does not say.
 */
final class ContextProperties {

    /** Priority of the defaults: below application.yml (-300 in Micronaut 4), which therefore wins. */
    static final int DEFAULTS_PRIORITY = -1000;

    /** The binders of Micronaut's micrometer module that measure the JVM and the process. */
    static final List<String> DEFAULT_BINDERS = List.of("jvm", "uptime", "processor", "files");

    private ContextProperties() {}

    static Map<String, Object> fromConfig(ServiceBlueprint blueprint, RuntimeSettings settings, Activation activation) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("micronaut.application.name", blueprint.applicationName());
        properties.put("micronaut.server.host", settings.host());
        properties.put("micronaut.server.port", settings.port());
        properties.put("shiva.web.enabled", activation.web());
        properties.put("shiva.metrics.enabled", activation.metrics().isPresent());
        activation.metrics().ifPresent(metrics -> metrics(metrics, properties));
        activation.dispatchers().forEach((key, on) -> properties.put("shiva.dispatchers." + key + ".enabled", on));
        activation.workers().forEach((key, on) -> properties.put("shiva.workers." + key + ".enabled", on));
        if (settings.uvloop()) {
            // The first available transport wins and NIO always is: epoll where the service has
            // netty-transport-native-epoll and runs on Linux, NIO elsewhere, never a failure.
            properties.put("micronaut.netty.event-loops.default.transport", List.of("epoll", "nio"));
            // The server's acceptor ("parent") group is its own, NIO unless told otherwise; an epoll
            // server channel cannot register on it ("incompatible event loop type"). One transport:
            properties.put("micronaut.server.netty.parent.event-loop-group", "default");
        }
        return properties;
    }

    /**
     * The properties of a user command's context: those of {@code daemon run}, with every dispatcher
     * and worker entry off (no controller, health or metrics route exists; the HTTP server is never
     * started anyway).
     */
    static Map<String, Object> forCommand(ServiceBlueprint blueprint, RuntimeSettings settings) {
        return fromConfig(blueprint, settings, Activation.none(blueprint));
    }

    /**
     * The properties of the context that only lists the user commands for {@code --help}: no
     * config.yml is read, nothing runs.
     */
    static Map<String, Object> forListing(ServiceBlueprint blueprint) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("micronaut.application.name", blueprint.applicationName());
        properties.put("shiva.web.enabled", false);
        properties.put("shiva.metrics.enabled", false);
        Activation none = Activation.none(blueprint);
        none.dispatchers().forEach((key, on) -> properties.put("shiva.dispatchers." + key + ".enabled", on));
        none.workers().forEach((key, on) -> properties.put("shiva.workers." + key + ".enabled", on));
        return properties;
    }

    private static void metrics(DispatcherSettings metrics, Map<String, Object> properties) {
        properties.put("shiva.metrics.uri", metrics.metricsUri());
        properties.put("micronaut.metrics.enabled", true);
        properties.put("micronaut.metrics.export.prometheus.enabled", true);
        if (metrics.unregisterDefaults()) {
            DEFAULT_BINDERS.forEach(
                    binder -> properties.put("micronaut.metrics.binders." + binder + ".enabled", false));
        }
    }

    static Map<String, Object> defaults() {
        Map<String, Object> properties = new LinkedHashMap<>();
        // The service answers /readiness and /liveness itself; Micronaut's management endpoints
        // (/health, /metrics, ...) would shadow or duplicate them unless a user turns them on.
        properties.put("endpoints.all.enabled", false);
        // A stop has had its grace period before the server closes: do not wait Netty's 2 s more.
        properties.put("micronaut.netty.event-loops.default.shutdown-quiet-period", "100ms");
        properties.put("micronaut.netty.event-loops.default.shutdown-timeout", "2s");
        return properties;
    }
}
