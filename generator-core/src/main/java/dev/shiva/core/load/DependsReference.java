package dev.shiva.core.load;

import java.util.List;
import java.util.Optional;

/**
 * One item of a worker's {@code depends} groups: a connection key, or a driver name that exactly one
 * connection uses (the seed's {@code esb: [rmq]} with the connection {@code rmq_default}). The one
 * definition of what a reference means, for the rule that reports bad ones and the resolver alike.
 *
 * @param node the item as written
 * @param path where it is, such as {@code workers.api.depends.esb[0]}
 */
public record DependsReference(ScalarNode node, String path) {

    public String text() {
        return node.text();
    }

    /**
     * The connection keys this reference can mean: its own text when a connection has that key,
     * else the keys of the connections whose driver it names. It resolves when there is exactly one.
     */
    public List<String> candidates(List<SourceEntry> connections) {
        String name = text();
        if (connections.stream().anyMatch(c -> c.key().equals(name))) {
            return List.of(name);
        }
        return connections.stream()
                .filter(c -> c.string("driver").filter(name::equals).isPresent())
                .map(SourceEntry::key)
                .toList();
    }

    /** The one connection key this reference names, if it names exactly one. */
    public Optional<String> connectionKey(List<SourceEntry> connections) {
        List<String> candidates = candidates(connections);
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }
}
