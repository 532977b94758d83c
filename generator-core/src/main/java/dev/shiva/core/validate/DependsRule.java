package dev.shiva.core.validate;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostics;
import dev.shiva.core.diag.Suggestions;
import dev.shiva.core.load.DependsReference;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.load.SourceEntry;
import dev.shiva.core.load.WorkerEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Each {@code depends} entry names a connection key, or a driver name that exactly one connection
 * uses (the seed's {@code esb: [rmq]} with the connection {@code rmq_default}); {@link
 * DependsReference} says what a reference means, the resolver relies on the same definition.
 */
final class DependsRule implements Rule {

    @Override
    public void check(SourceConfig config, Diagnostics out) {
        List<SourceEntry> connections = config.connections();
        for (WorkerEntry worker : WorkerEntry.all(config)) {
            for (DependsReference reference : worker.depends()) {
                checkReference(reference, connections, out);
            }
        }
    }

    private static void checkReference(DependsReference ref, List<SourceEntry> connections, Diagnostics out) {
        List<String> candidates = ref.candidates(connections);
        if (candidates.size() == 1) {
            return;
        }
        String name = ref.text();
        if (candidates.size() > 1) {
            out.report(
                    Code.REF_DEPENDS_AMBIGUOUS,
                    ref.node().location(),
                    ref.path(),
                    "'" + name + "' is the driver of several connections (" + String.join(", ", candidates) + ")",
                    "name the connection by its key");
            return;
        }
        List<String> names = new ArrayList<>();
        connections.forEach(c -> {
            names.add(c.key());
            c.string("driver").ifPresent(names::add);
        });
        String hint = Suggestions.didYouMean(name, names);
        if (hint.isEmpty()) {
            hint = connections.isEmpty()
                    ? "add the connection under connections"
                    : "connections here: "
                            + String.join(
                                    ", ",
                                    connections.stream().map(SourceEntry::key).toList());
        }
        out.report(Code.REF_DEPENDS_UNKNOWN, ref.node().location(), ref.path(), "no connection '" + name + "'", hint);
    }
}
