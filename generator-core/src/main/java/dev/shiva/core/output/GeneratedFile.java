package dev.shiva.core.output;

import java.util.Objects;

/**
 * One file as a generator produced it, in memory: where it goes (relative to the project root,
 * '/'-separated), what it contains and which zone owns it. Generators hand these over; only the
 * output layer decides what happens on disk.
 */
public record GeneratedFile(String path, Content content, Zone zone) {

    public GeneratedFile {
        ProjectPaths.requireValid(path);
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(zone, "zone");
    }

    public GeneratedFile(String path, String text, Zone zone) {
        this(path, Content.of(text), zone);
    }

    public GeneratedFile(String path, byte[] bytes, Zone zone) {
        this(path, Content.of(bytes), zone);
    }
}
