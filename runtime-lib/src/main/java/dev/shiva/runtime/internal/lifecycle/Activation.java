package dev.shiva.runtime.internal.lifecycle;

import dev.shiva.runtime.DispatcherBlueprint;
import dev.shiva.runtime.DispatcherKind;
import dev.shiva.runtime.ServiceBlueprint;
import dev.shiva.runtime.WorkerBlueprint;
import dev.shiva.runtime.internal.config.DispatcherSettings;
import dev.shiva.runtime.internal.config.RuntimeSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which dispatchers and worker entries run, from the blueprint's structure and config.yml's
 * {@code enabled} values. A worker entry runs when it and its dispatcher are enabled.
 *
 * @param web whether an enabled {@code dispatcher_web} exists
 * @param metrics the first enabled {@code metrics_root}, which decides the metrics endpoint
 * @param dispatchers by dispatcher key: whether it runs
 * @param workers by worker key: whether it runs
 */
public record Activation(
        boolean web,
        Optional<DispatcherSettings> metrics,
        Map<String, Boolean> dispatchers,
        Map<String, Boolean> workers) {

    public Activation {
        dispatchers = Map.copyOf(dispatchers);
        workers = Map.copyOf(workers);
    }

    public static Activation of(ServiceBlueprint blueprint, RuntimeSettings settings) {
        boolean web = false;
        Optional<DispatcherSettings> metrics = Optional.empty();
        Map<String, Boolean> dispatchers = new LinkedHashMap<>();
        Map<String, Boolean> workers = new LinkedHashMap<>();
        for (DispatcherBlueprint dispatcher : blueprint.dispatchers()) {
            Optional<DispatcherSettings> found = settings.dispatcher(dispatcher.key());
            boolean enabled = found.map(DispatcherSettings::enabled).orElse(false);
            dispatchers.put(dispatcher.key(), enabled);
            web |= enabled && dispatcher.kind() == DispatcherKind.WEB;
            if (enabled && dispatcher.kind() == DispatcherKind.METRICS && metrics.isEmpty()) {
                metrics = found;
            }
            for (WorkerBlueprint worker : dispatcher.workers()) {
                boolean entryEnabled =
                        settings.worker(worker.key()).map(w -> w.enabled()).orElse(false);
                workers.put(worker.key(), enabled && entryEnabled);
            }
        }
        return new Activation(web, metrics, dispatchers, workers);
    }

    /**
     * Nothing runs: every dispatcher and worker entry of the blueprint is off, there is no web and no
     * metrics dispatcher. The activation of a user command's context.
     */
    public static Activation none(ServiceBlueprint blueprint) {
        Map<String, Boolean> dispatchers = new LinkedHashMap<>();
        Map<String, Boolean> workers = new LinkedHashMap<>();
        for (DispatcherBlueprint dispatcher : blueprint.dispatchers()) {
            dispatchers.put(dispatcher.key(), false);
            dispatcher.workers().forEach(worker -> workers.put(worker.key(), false));
        }
        return new Activation(false, Optional.empty(), dispatchers, workers);
    }

    /** Whether an HTTP server is needed at all: for web workers and health, or for metrics. */
    public boolean needsHttpServer() {
        return web || metrics.isPresent();
    }
}
