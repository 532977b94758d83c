package dev.shiva.core.validate;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostics;
import dev.shiva.core.diag.Suggestions;
import dev.shiva.core.load.ListNode;
import dev.shiva.core.load.MapEntry;
import dev.shiva.core.load.PathNames;
import dev.shiva.core.load.ScalarNode;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.load.SourceEntry;
import dev.shiva.core.load.SourceNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Each {@code depends} entry names a connection key, or a driver name that exactly one connection
 * uses (the seed's {@code esb: [rmq]} with the connection {@code rmq_default}).
 */
final class DependsRule implements Rule {

    @Override
    public void check(SourceConfig config, Diagnostics out) {
        List<SourceEntry> connections = config.connections();
        for (SourceEntry worker : config.workers()) {
            worker.map("depends").ifPresent(groups -> {
                for (MapEntry group : groups.entries()) {
                    if (group.value() instanceof ListNode refs) {
                        checkGroup(worker.path("depends." + group.name()), refs, connections, out);
                    }
                }
            });
        }
    }

    private static void checkGroup(String path, ListNode refs, List<SourceEntry> connections, Diagnostics out) {
        for (int i = 0; i < refs.items().size(); i++) {
            SourceNode item = refs.items().get(i);
            if (item instanceof ScalarNode ref && ref.isString()) {
                checkReference(ref, PathNames.index(path, i), connections, out);
            }
        }
    }

    private static void checkReference(ScalarNode ref, String path, List<SourceEntry> connections, Diagnostics out) {
        String name = ref.text();
        if (connections.stream().anyMatch(c -> c.key().equals(name))) {
            return;
        }
        List<String> sameDriver = connections.stream()
                .filter(c -> c.string("driver").filter(name::equals).isPresent())
                .map(SourceEntry::key)
                .toList();
        if (sameDriver.size() == 1) {
            return;
        }
        if (sameDriver.size() > 1) {
            out.report(
                    Code.REF_DEPENDS_AMBIGUOUS,
                    ref.location(),
                    path,
                    "'" + name + "' is the driver of several connections (" + String.join(", ", sameDriver) + ")",
                    "name the connection by its key");
            return;
        }
        List<String> candidates = new ArrayList<>();
        connections.forEach(c -> {
            candidates.add(c.key());
            c.string("driver").ifPresent(candidates::add);
        });
        String hint = Suggestions.didYouMean(name, candidates);
        if (hint.isEmpty()) {
            hint = connections.isEmpty()
                    ? "add the connection under connections"
                    : "connections here: "
                            + String.join(
                                    ", ",
                                    connections.stream().map(SourceEntry::key).toList());
        }
        out.report(Code.REF_DEPENDS_UNKNOWN, ref.location(), path, "no connection '" + name + "'", hint);
    }
}
