package dev.shiva.core.load;

import java.util.List;
import java.util.Optional;

/**
 * The top-level sections of a config.yml as lists of {@link SourceEntry}, for rules and resolvers
 * that need typed access without losing locations.
 */
public record SourceConfig(SourceDocument document) {

    public String file() {
        return document.file();
    }

    public MapNode root() {
        return document.root() instanceof MapNode map
                ? map
                : new MapNode(document.root().location(), List.of());
    }

    public List<SourceEntry> connections() {
        return section("connections");
    }

    public List<SourceEntry> dispatchers() {
        return section("dispatchers");
    }

    public List<SourceEntry> workers() {
        return section("workers");
    }

    public Optional<MapNode> map(String key) {
        return root().get(key).filter(MapNode.class::isInstance).map(MapNode.class::cast);
    }

    private List<SourceEntry> section(String name) {
        return map(name)
                .map(section -> section.entries().stream()
                        .map(e -> new SourceEntry(PathNames.child(name, e.name()), e))
                        .toList())
                .orElse(List.of());
    }
}
