package dev.shiva.core.validate;

import dev.shiva.core.load.ListNode;
import dev.shiva.core.load.ScalarNode;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.load.SourceEntry;
import java.util.List;
import java.util.Optional;

/** A worker entry read for the rules. */
record Worker(SourceEntry entry) {

    static List<Worker> all(SourceConfig config) {
        return config.workers().stream().map(Worker::new).toList();
    }

    /** The instance name: {@code name}, defaulting to the entry's key. */
    String name() {
        return entry.string("name").orElse(entry.key());
    }

    Optional<String> workerClass() {
        return entry.string("worker");
    }

    Optional<String> dispatcher() {
        return entry.string("dispatcher");
    }

    /** The {@code routes} list as written, or empty when the key is absent. */
    Optional<List<ScalarNode>> routes() {
        return entry.list("routes").map(list -> list.items().stream()
                .filter(ScalarNode.class::isInstance)
                .map(ScalarNode.class::cast)
                .toList());
    }

    boolean hasRoutesKey() {
        return entry.body().entry("routes").isPresent()
                && entry.list("routes").map(ListNode::items).isPresent();
    }
}
