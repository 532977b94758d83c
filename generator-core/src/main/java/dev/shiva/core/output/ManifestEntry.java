package dev.shiva.core.output;

import java.util.Objects;

/**
 * One line of the manifest: a file shiva created or owns, its zone, and the SHA-256 of the content
 * that decides what shiva may do to it next time. For GENERATED files that is the content shiva
 * wrote, so a different hash on disk means a hand edit. For SHARED files it is the last generated
 * version (the merge base kept under {@code .shiva/base/}), because what shiva wrote may be a merge
 * that contains the user's lines. For USER files it is the content when shiva first recorded the
 * file; it is informative only, since user files are never overwritten.
 */
public record ManifestEntry(String path, Zone zone, String sha256) {

    public ManifestEntry {
        ProjectPaths.requireValid(path);
        Objects.requireNonNull(zone, "zone");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
    }

    public static ManifestEntry of(String path, Zone zone, Content content) {
        return new ManifestEntry(path, zone, content.sha256());
    }

    /** Whether this content is exactly what the entry recorded. */
    boolean recorded(Content content) {
        return sha256.equals(content.sha256());
    }
}
