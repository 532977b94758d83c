package dev.shiva.core.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Compares what the generators produced with what is on disk and what the manifest says shiva
 * wrote last time, and decides one action per path. It reads but never writes: the plan is carried
 * out (or only printed) by an {@link OutputSink}.
 *
 * <p>The rule behind every decision: shiva only replaces or deletes content it can prove it wrote
 * itself (its hash is in the manifest), or merges with it; anything else is left intact and reported.
 */
public final class Planner {

    private final String generatorVersion;
    private final boolean force;

    /**
     * @param generatorVersion recorded in the manifest; one word
     * @param force overwrite (or delete) GENERATED files that hold content shiva did not write. It
     *     never applies to USER files, and never resolves a SHARED file's conflict.
     */
    public Planner(String generatorVersion, boolean force) {
        if (generatorVersion == null || !generatorVersion.matches("\\S+")) {
            throw new IllegalArgumentException("generator version must be one word, was '" + generatorVersion + "'");
        }
        this.generatorVersion = generatorVersion;
        this.force = force;
    }

    /** Plans against the manifest found in {@code root}. */
    public Plan plan(Path root, List<GeneratedFile> files) throws IOException {
        return plan(root, files, ManifestIO.read(root));
    }

    /** @throws IllegalArgumentException when two generated files share a path */
    public Plan plan(Path root, List<GeneratedFile> files, Manifest manifest) throws IOException {
        ProjectFiles disk = new ProjectFiles(root);
        Map<String, GeneratedFile> produced = byPath(files);
        List<FileAction> actions = new ArrayList<>();
        for (GeneratedFile file : produced.values()) {
            actions.add(produced(file, manifest.entry(file.path()), disk));
        }
        for (ManifestEntry entry : manifest.entries()) {
            if (!produced.containsKey(entry.path())) {
                noLongerProduced(entry, disk).ifPresent(actions::add);
            }
        }
        return new Plan(generatorVersion, actions);
    }

    private FileAction produced(GeneratedFile file, Optional<ManifestEntry> entry, ProjectFiles disk)
            throws IOException {
        // Keep the recorded hash but take the zone the generator says now, should it have moved.
        Optional<ManifestEntry> previous = entry.map(e -> new ManifestEntry(e.path(), file.zone(), e.sha256()));
        return switch (file.zone()) {
            case GENERATED -> generated(file, previous, disk);
            case USER -> user(file, previous, disk);
            case SHARED -> SharedFilePlanner.plan(file, previous, disk);
        };
    }

    private FileAction generated(GeneratedFile file, Optional<ManifestEntry> entry, ProjectFiles disk)
            throws IOException {
        String path = file.path();
        if (disk.isNotAFile(path)) {
            return new FileAction(
                    ActionKind.REFUSED, path, Zone.GENERATED, none(), none(), entry, none(), Reason.NOT_A_FILE);
        }
        Optional<Content> current = disk.read(path);
        if (current.isEmpty()) {
            return write(ActionKind.CREATE, file, current, Reason.NONE);
        }
        if (current.get().equals(file.content())) {
            return write(ActionKind.UNCHANGED, file, current, Reason.NONE);
        }
        if (entry.isPresent() && entry.get().recorded(current.get())) {
            return write(ActionKind.UPDATE, file, current, Reason.NONE);
        }
        boolean edited = entry.isPresent();
        if (force) {
            return write(
                    ActionKind.UPDATE,
                    file,
                    current,
                    edited ? Reason.FORCED_OVER_EDIT : Reason.FORCED_OVER_FOREIGN_FILE);
        }
        Reason reason = edited ? Reason.EDITED_BY_HAND : Reason.NOT_WRITTEN_BY_SHIVA;
        return new FileAction(ActionKind.REFUSED, path, Zone.GENERATED, current, current, entry, none(), reason);
    }

    private static FileAction user(GeneratedFile file, Optional<ManifestEntry> entry, ProjectFiles disk)
            throws IOException {
        String path = file.path();
        if (disk.isNotAFile(path)) {
            return new FileAction(ActionKind.KEPT, path, Zone.USER, none(), none(), entry, none(), Reason.NONE);
        }
        Optional<Content> current = disk.read(path);
        if (current.isPresent()) {
            // A user's own file where shiva would create one is adopted as it is: recording it lets a
            // later run report it as orphaned, and nothing about it changes.
            Optional<ManifestEntry> recorded =
                    entry.or(() -> Optional.of(ManifestEntry.of(path, Zone.USER, current.get())));
            return new FileAction(ActionKind.KEPT, path, Zone.USER, current, current, recorded, none(), Reason.NONE);
        }
        if (entry.isPresent()) {
            // shiva created it once and it is gone: the user deleted it on purpose.
            return new FileAction(
                    ActionKind.USER_DELETED, path, Zone.USER, none(), none(), entry, none(), Reason.DELETED_BY_USER);
        }
        return write(ActionKind.CREATE, file, current, Reason.NONE);
    }

    /** A manifest entry the generators did not produce this time; empty when nothing is left to do. */
    private Optional<FileAction> noLongerProduced(ManifestEntry entry, ProjectFiles disk) throws IOException {
        String path = entry.path();
        Optional<Content> current = disk.isNotAFile(path) ? none() : disk.read(path);
        if (current.isEmpty()) {
            return none(); // Gone from both sides: forget it.
        }
        boolean untouched = entry.recorded(current.get());
        Optional<ManifestEntry> kept = Optional.of(entry);
        FileAction action;
        if (entry.zone() == Zone.USER) {
            action =
                    new FileAction(ActionKind.ORPHAN, path, Zone.USER, current, current, kept, none(), Reason.ORPHANED);
        } else if (untouched || (force && entry.zone() == Zone.GENERATED)) {
            Reason reason = untouched ? Reason.NONE : Reason.FORCED_OVER_EDIT;
            action = new FileAction(ActionKind.DELETE, path, entry.zone(), current, none(), none(), none(), reason);
        } else if (entry.zone() == Zone.GENERATED) {
            action = new FileAction(
                    ActionKind.REFUSED,
                    path,
                    Zone.GENERATED,
                    current,
                    current,
                    kept,
                    none(),
                    Reason.EDITED_NO_LONGER_GENERATED);
        } else {
            // A shared file the user edited is half theirs: kept, like a user file.
            action = new FileAction(
                    ActionKind.ORPHAN, path, Zone.SHARED, current, current, kept, none(), Reason.ORPHANED_EDITED);
        }
        return Optional.of(action);
    }

    /** An action that leaves the generated content on disk and records it in the manifest. */
    private static FileAction write(ActionKind kind, GeneratedFile file, Optional<Content> current, Reason reason) {
        Optional<ManifestEntry> recorded = Optional.of(ManifestEntry.of(file.path(), file.zone(), file.content()));
        return new FileAction(
                kind, file.path(), file.zone(), current, Optional.of(file.content()), recorded, none(), reason);
    }

    private static Map<String, GeneratedFile> byPath(List<GeneratedFile> files) {
        Map<String, GeneratedFile> byPath = new TreeMap<>();
        for (GeneratedFile file : Objects.requireNonNull(files, "files")) {
            if (byPath.put(file.path(), file) != null) {
                throw new IllegalArgumentException("two generated files for " + file.path());
            }
        }
        return byPath;
    }

    private static <T> Optional<T> none() {
        return Optional.empty();
    }
}
