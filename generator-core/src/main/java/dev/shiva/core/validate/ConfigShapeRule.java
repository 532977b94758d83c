package dev.shiva.core.validate;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostics;
import dev.shiva.core.diag.Location;
import dev.shiva.core.load.DispatcherEntry;
import dev.shiva.core.load.ListNode;
import dev.shiva.core.load.MapEntry;
import dev.shiva.core.load.MapNode;
import dev.shiva.core.load.PathNames;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.load.SourceNode;
import dev.shiva.core.load.WorkerEntry;
import dev.shiva.core.model.ValueKind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * WorkerEntry entries that share a worker class share one generated config type, the union of their
 * keys; a key given different types by two entries (or a list mixing types) has no Java type.
 */
final class ConfigShapeRule implements Rule {

    @Override
    public void check(SourceConfig config, Diagnostics out) {
        Map<String, Map<String, Seen>> byClass = new LinkedHashMap<>();
        for (WorkerEntry worker : WorkerEntry.all(config)) {
            Optional<String> workerClass = worker.workerClass();
            Optional<SourceNode> block = worker.entry().body().get("config");
            if (workerClass.isPresent() && block.isPresent()) {
                Map<String, Seen> seen = byClass.computeIfAbsent(workerClass.get(), c -> new HashMap<>());
                visit(block.get(), "config", worker.entry().path("config"), worker.name(), seen, out);
            }
        }
        for (DispatcherEntry dispatcher : DispatcherEntry.all(config)) {
            if (!dispatcher.isRmq()) {
                dispatcher
                        .entry()
                        .body()
                        .get("config")
                        .ifPresent(block -> visit(
                                block,
                                "config",
                                dispatcher.entry().path("config"),
                                dispatcher.identity().orElse(""),
                                new HashMap<>(),
                                out));
            }
        }
    }

    private void visit(
            SourceNode node, String shapePath, String path, String owner, Map<String, Seen> seen, Diagnostics out) {
        if (!record(node, shapePath, path, owner, seen, out)) {
            return;
        }
        if (node instanceof MapNode map) {
            for (MapEntry entry : map.entries()) {
                visit(
                        entry.value(),
                        shapePath + "." + entry.name(),
                        PathNames.child(path, entry.name()),
                        owner,
                        seen,
                        out);
            }
        } else if (node instanceof ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                visit(list.items().get(i), shapePath + "[]", PathNames.index(path, i), owner, seen, out);
            }
        }
    }

    /** Records the kind at a shape path; false (after reporting) when it conflicts with an earlier one. */
    private boolean record(
            SourceNode node, String shapePath, String path, String owner, Map<String, Seen> seen, Diagnostics out) {
        ValueKind kind = ValueKind.of(node);
        Seen first = seen.get(shapePath);
        if (first == null) {
            seen.put(shapePath, new Seen(kind, node.location(), owner));
            return true;
        }
        Optional<ValueKind> unified = first.kind().unify(kind);
        if (unified.isPresent()) {
            seen.put(shapePath, new Seen(unified.get(), first.location(), first.owner()));
            return true;
        }
        String where = first.owner().equals(owner) ? "" : " for worker '" + first.owner() + "'";
        String subject = shapePath.endsWith("[]")
                ? "items of '" + keyOf(shapePath) + "' mix types: this one is "
                : "'" + keyOf(shapePath) + "' is ";
        out.report(
                Code.CONFIG_TYPE_CONFLICT,
                node.location(),
                path,
                subject + kind.description() + " here, but " + first.kind().description() + where + " (line "
                        + first.location().line() + ")",
                "one config key has one Java type: make both the same type, or give the entries different worker classes");
        return false;
    }

    /** The YAML key a shape path ends in: {@code config.limits.burst} → {@code burst}. */
    private static String keyOf(String shapePath) {
        String path = shapePath;
        while (path.endsWith("[]")) {
            path = path.substring(0, path.length() - 2);
        }
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private record Seen(ValueKind kind, Location location, String owner) {}
}
