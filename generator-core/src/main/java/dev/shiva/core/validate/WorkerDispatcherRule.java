package dev.shiva.core.validate;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostics;
import dev.shiva.core.diag.Suggestions;
import dev.shiva.core.load.DispatcherEntry;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.load.SourceEntry;
import dev.shiva.core.load.WorkerEntry;
import java.util.List;
import java.util.Optional;

/**
 * A worker names its dispatcher by identity. An unknown identity is an error; an enabled worker
 * under a disabled dispatcher is legal but never runs, which is worth a warning.
 */
final class WorkerDispatcherRule implements Rule {

    @Override
    public void check(SourceConfig config, Diagnostics out) {
        List<String> identities = DispatcherEntry.all(config).stream()
                .flatMap(d -> d.identity().stream())
                .toList();
        for (WorkerEntry worker : WorkerEntry.all(config)) {
            worker.dispatcher().ifPresent(identity -> check(config, worker.entry(), identity, identities, out));
        }
    }

    private static void check(
            SourceConfig config, SourceEntry worker, String identity, List<String> identities, Diagnostics out) {
        Optional<DispatcherEntry> dispatcher = DispatcherEntry.byIdentity(config, identity);
        if (dispatcher.isEmpty()) {
            String hint = keyInsteadOfName(config, identity).orElse(Suggestions.didYouMean(identity, identities));
            if (hint.isEmpty()) {
                hint = identities.isEmpty()
                        ? "add a dispatcher under dispatchers"
                        : "dispatchers here: " + String.join(", ", identities);
            }
            out.report(
                    Code.REF_DISPATCHER_UNKNOWN,
                    worker.valueLocationOf("dispatcher"),
                    worker.path("dispatcher"),
                    "unknown dispatcher '" + identity + "'",
                    hint);
            return;
        }
        SourceEntry.Enabled dispatcherEnabled = dispatcher.get().entry().enabled();
        if (worker.enabled() == SourceEntry.Enabled.YES && !dispatcherEnabled.mayRun()) {
            out.report(
                    Code.REF_DISPATCHER_DISABLED,
                    worker.valueLocationOf("dispatcher"),
                    worker.path("dispatcher"),
                    "dispatcher '" + identity + "' is disabled, so this enabled worker never runs",
                    "enable the dispatcher, or set 'enabled: false' on the worker");
        }
    }

    /** Users often write the dispatcher's YAML key where its name is meant. */
    private static Optional<String> keyInsteadOfName(SourceConfig config, String identity) {
        return DispatcherEntry.all(config).stream()
                .filter(d -> d.entry().key().equals(identity))
                .flatMap(d -> d.identity().stream())
                .findFirst()
                .map(name -> "'" + identity + "' is the key of the dispatcher named '" + name
                        + "'; workers refer to a dispatcher by its name");
    }
}
