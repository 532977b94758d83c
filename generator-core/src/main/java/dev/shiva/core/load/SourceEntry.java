package dev.shiva.core.load;

import dev.shiva.core.diag.Location;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a keyed section (a connection, dispatcher, worker, exchange or queue) with typed,
 * tolerant accessors: a key holding a value of the wrong type reads as absent, because the schema
 * has already reported it and semantic rules should not report it again.
 */
public record SourceEntry(String path, MapEntry entry) {

    private static final MapNode EMPTY = new MapNode(new Location("", 0, 0), List.of());

    public String key() {
        return entry.name();
    }

    public Location keyLocation() {
        return entry.key().location();
    }

    public MapNode body() {
        return entry.value() instanceof MapNode map ? map : EMPTY;
    }

    public String path(String child) {
        return PathNames.child(path, child);
    }

    public Optional<ScalarNode> scalar(String key) {
        return body().get(key).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast);
    }

    /** A string value; placeholders included, as written. */
    public Optional<String> string(String key) {
        return scalar(key).filter(ScalarNode::isString).map(ScalarNode::text);
    }

    public Optional<MapNode> map(String key) {
        return body().get(key).filter(MapNode.class::isInstance).map(MapNode.class::cast);
    }

    public Optional<ListNode> list(String key) {
        return body().get(key).filter(ListNode.class::isInstance).map(ListNode.class::cast);
    }

    /** Where to point for {@code key}: the key itself when written, else this entry's key. */
    public Location locationOf(String key) {
        return body().entry(key).map(e -> e.key().location()).orElse(keyLocation());
    }

    /** Where the value of {@code key} starts, else this entry's key. */
    public Location valueLocationOf(String key) {
        return body().get(key).map(SourceNode::location).orElse(keyLocation());
    }

    /** The entries of a keyed sub-section ({@code queues} of an exchange, ...). */
    public List<SourceEntry> children(MapNode section, String sectionPath) {
        return section.entries().stream()
                .map(e -> new SourceEntry(PathNames.child(sectionPath, e.name()), e))
                .toList();
    }

    /**
     * {@code enabled} as Python reads it: only a literal true enables; a missing key disables. A
     * placeholder is decided at startup, so it reads as "maybe".
     */
    public Enabled enabled() {
        Optional<ScalarNode> value = scalar("enabled");
        if (value.isEmpty()) {
            return body().entry("enabled").isPresent() ? Enabled.NO : Enabled.MISSING;
        }
        ScalarNode scalar = value.get();
        if (scalar.type() == ScalarType.BOOLEAN) {
            return Boolean.TRUE.equals(scalar.value()) ? Enabled.YES : Enabled.NO;
        }
        return scalar.isString() && scalar.text().startsWith("${") ? Enabled.AT_STARTUP : Enabled.NO;
    }

    /** Whether an entry runs. */
    public enum Enabled {
        YES,
        NO,
        MISSING,
        AT_STARTUP;

        public boolean mayRun() {
            return this == YES || this == AT_STARTUP;
        }
    }
}
