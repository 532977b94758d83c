package dev.shiva.core.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything {@code generate} will do, one action per path, sorted by path; computed before anything
 * is written, so that {@code --dry-run}, {@code --diff} and {@code --check} see exactly what a real
 * run would do.
 */
public record Plan(String generatorVersion, List<FileAction> actions) {

    public Plan {
        Objects.requireNonNull(generatorVersion, "generatorVersion");
        actions =
                actions.stream().sorted(Comparator.comparing(FileAction::path)).toList();
        Set<String> paths = new HashSet<>();
        for (FileAction action : actions) {
            if (!paths.add(action.path())) {
                throw new IllegalArgumentException("two actions for " + action.path());
            }
        }
    }

    public Optional<FileAction> action(String path) {
        return actions.stream().filter(action -> action.path().equals(path)).findFirst();
    }

    public List<FileAction> actions(ActionKind kind) {
        return actions.stream().filter(action -> action.kind() == kind).toList();
    }

    /**
     * Whether the tree on disk differs from what the generator produces: any action other than
     * UNCHANGED, KEPT, ORPHAN (or USER_DELETED, the user's choice). {@code generate --check} exits
     * non-zero when this is true.
     */
    public boolean treeDiffers() {
        return actions.stream().anyMatch(action -> action.kind().differs());
    }

    public Outcome outcome() {
        return Outcome.of(this);
    }

    /** The manifest to write after carrying out the plan. */
    public Manifest nextManifest() {
        List<ManifestEntry> entries = new ArrayList<>();
        actions.forEach(action -> action.entry().ifPresent(entries::add));
        return Manifest.of(generatorVersion, entries);
    }
}
