package dev.shiva.core.load;

import java.util.List;
import java.util.Optional;

/** A worker entry read for the rules. */
public record WorkerEntry(SourceEntry entry) {

    public static List<WorkerEntry> all(SourceConfig config) {
        return config.workers().stream().map(WorkerEntry::new).toList();
    }

    /** The instance name: {@code name}, defaulting to the entry's key. */
    public String name() {
        return entry.string("name").orElse(entry.key());
    }

    public Optional<String> workerClass() {
        return entry.string("worker");
    }

    public Optional<String> dispatcher() {
        return entry.string("dispatcher");
    }

    /** The {@code routes} list as written, or empty when the key is absent. */
    public Optional<List<ScalarNode>> routes() {
        return entry.list("routes").map(list -> list.items().stream()
                .filter(ScalarNode.class::isInstance)
                .map(ScalarNode.class::cast)
                .toList());
    }

    public boolean hasRoutesKey() {
        return entry.body().entry("routes").isPresent()
                && entry.list("routes").map(ListNode::items).isPresent();
    }
}
