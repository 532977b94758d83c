package dev.shiva.core.load;

import dev.shiva.core.diag.Location;
import java.util.List;
import java.util.Optional;

/** A YAML mapping whose keys are strings, in the order they were written. */
public record MapNode(Location location, List<MapEntry> entries) implements SourceNode {

    public MapNode {
        entries = List.copyOf(entries);
    }

    public Optional<MapEntry> entry(String key) {
        return entries.stream().filter(e -> e.name().equals(key)).findFirst();
    }

    public Optional<SourceNode> get(String key) {
        return entry(key).map(MapEntry::value);
    }

    @Override
    public String kindName() {
        return "a mapping";
    }
}
