package dev.shiva.core.output;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What shiva knows about a project from its last run: the generator version that wrote it and one
 * entry per file shiva owns or created, sorted by path. It is how {@code generate} knows what it may
 * delete and notices a hand-edited generated file.
 */
public final class Manifest {

    private final String generatorVersion;
    private final SortedMap<String, ManifestEntry> entries;

    private Manifest(String generatorVersion, SortedMap<String, ManifestEntry> entries) {
        this.generatorVersion = generatorVersion;
        this.entries = entries;
    }

    /** The manifest of a project shiva has never written to. */
    public static Manifest empty() {
        return new Manifest("", new TreeMap<>());
    }

    /**
     * @throws IllegalArgumentException when the version is not one word (it shares the header line)
     *     or two entries share a path
     */
    public static Manifest of(String generatorVersion, Collection<ManifestEntry> entries) {
        if (generatorVersion == null || !generatorVersion.matches("\\S+")) {
            throw new IllegalArgumentException("generator version must be one word, was '" + generatorVersion + "'");
        }
        SortedMap<String, ManifestEntry> byPath = new TreeMap<>();
        for (ManifestEntry entry : entries) {
            if (byPath.put(entry.path(), entry) != null) {
                throw new IllegalArgumentException("two manifest entries for " + entry.path());
            }
        }
        return new Manifest(generatorVersion, byPath);
    }

    /** Empty for a project shiva has never written to. */
    public String generatorVersion() {
        return generatorVersion;
    }

    /** Sorted by path. */
    public List<ManifestEntry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<ManifestEntry> entry(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Manifest that
                && generatorVersion.equals(that.generatorVersion)
                && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(generatorVersion, entries);
    }

    @Override
    public String toString() {
        return "Manifest[" + generatorVersion + ", " + entries.size() + " entries]";
    }
}
