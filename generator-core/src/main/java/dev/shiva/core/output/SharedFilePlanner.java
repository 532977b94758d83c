package dev.shiva.core.output;

import java.io.IOException;
import java.util.Optional;

/**
 * Decides what happens to a SHARED file (pom.xml, application.yml, README, ...): a three-way merge
 * of the file on disk (the user's edits) and the new generated version against the version shiva
 * generated last time.
 */
final class SharedFilePlanner {

    private static final Content NO_HISTORY = Content.of(new byte[0]);

    private SharedFilePlanner() {}

    static FileAction plan(GeneratedFile file, Optional<ManifestEntry> entry, ProjectFiles disk) throws IOException {
        String path = file.path();
        Content generated = file.content();
        Optional<ManifestEntry> recorded = Optional.of(ManifestEntry.of(path, Zone.SHARED, generated));
        Optional<Content> newBase = Optional.of(generated);
        if (disk.isNotAFile(path)) {
            return new FileAction(
                    ActionKind.REFUSED, path, Zone.SHARED, none(), none(), entry, none(), Reason.NOT_A_FILE);
        }
        Optional<Content> current = disk.read(path);
        if (current.isEmpty()) {
            // Deliberately re-created, unlike a deleted user file: a project without its pom.xml or
            // application.yml does not build, and the base says nothing about the user's intent.
            return new FileAction(
                    ActionKind.CREATE,
                    path,
                    Zone.SHARED,
                    current,
                    Optional.of(generated),
                    recorded,
                    newBase,
                    Reason.NONE);
        }
        if (current.get().equals(generated)) {
            return new FileAction(
                    ActionKind.UNCHANGED, path, Zone.SHARED, current, current, recorded, newBase, Reason.NONE);
        }
        if (ThreeWayMerge.hasConflictMarkers(current.get().lossless())) {
            // Merging again would nest markers. The kept base stays the one the markers were made
            // against, so that the user's resolution is merged correctly by the next run.
            Optional<ManifestEntry> kept = entry.map(e -> new ManifestEntry(path, Zone.SHARED, e.sha256()));
            return new FileAction(
                    ActionKind.CONFLICT, path, Zone.SHARED, current, current, kept, none(), Reason.UNRESOLVED_CONFLICT);
        }
        Content base = base(path, entry, current.get(), disk);
        MergeResult merge = ThreeWayMerge.merge(base.lossless(), current.get().lossless(), generated.lossless());
        Optional<Content> merged = Optional.of(Content.fromLossless(merge.text()));
        if (!merge.clean()) {
            // The new generated version becomes the base even so: the markers already hold the
            // generator's side, so once the user resolves them, their resolution is the truth and
            // must not be merged against the old base again (that would conflict forever).
            return new FileAction(
                    ActionKind.CONFLICT, path, Zone.SHARED, current, merged, recorded, newBase, Reason.CONFLICT);
        }
        if (merged.equals(current)) {
            return new FileAction(
                    ActionKind.UNCHANGED, path, Zone.SHARED, current, current, recorded, newBase, Reason.NONE);
        }
        if (current.get().equals(base)) {
            return new FileAction(
                    ActionKind.UPDATE, path, Zone.SHARED, current, merged, recorded, newBase, Reason.NONE);
        }
        return new FileAction(ActionKind.MERGE, path, Zone.SHARED, current, merged, recorded, newBase, Reason.MERGED);
    }

    /**
     * The version both sides started from: the kept base if it is the one the manifest recorded;
     * else the file itself if it still is what shiva last generated (the base file was lost); else
     * nothing, so that every line counts as added on both sides and any difference is a conflict
     * rather than a silent choice.
     */
    private static Content base(String path, Optional<ManifestEntry> entry, Content current, ProjectFiles disk)
            throws IOException {
        if (entry.isEmpty()) {
            return NO_HISTORY;
        }
        Optional<Content> kept = disk.readBase(path);
        if (kept.isPresent() && entry.get().recorded(kept.get())) {
            return kept.get();
        }
        return entry.get().recorded(current) ? current : NO_HISTORY;
    }

    private static Optional<Content> none() {
        return Optional.empty();
    }
}
