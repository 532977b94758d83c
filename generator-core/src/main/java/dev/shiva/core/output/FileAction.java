package dev.shiva.core.output;

import java.util.Objects;
import java.util.Optional;

/**
 * What happens to one path, with everything needed to carry it out, print it or diff it.
 *
 * @param before the file on disk now; empty when absent
 * @param after the file on disk after the run; empty when absent. Equal to {@code before} for the
 *     kinds that leave the file alone, so {@code --diff} only shows real changes
 * @param entry the manifest line to keep after the run; empty to forget the path
 * @param base for a SHARED file, the merge base to keep for the next run; empty to leave the kept
 *     base as it is
 */
public record FileAction(
        ActionKind kind,
        String path,
        Zone zone,
        Optional<Content> before,
        Optional<Content> after,
        Optional<ManifestEntry> entry,
        Optional<Content> base,
        Reason reason) {

    public FileAction {
        Objects.requireNonNull(kind, "kind");
        ProjectPaths.requireValid(path);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether the run changes this file's content (or its existence). */
    public boolean changesContent() {
        return !before.equals(after);
    }

    /** The one-line message naming the path, for a problem. */
    public String message() {
        return path + ": " + reason.advice();
    }
}
