package dev.shiva.core.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Carries out a plan on disk.
 *
 * <ul>
 *   <li>Each file is written atomically (temporary file, then rename), and only when its content
 *       changes: an UNCHANGED file keeps its mtime, so Maven's incremental compile stays fast.
 *   <li>Before a file is replaced or deleted, it is checked to still be what the plan saw; if
 *       something (an IDE, the user) changed it meanwhile, the run stops rather than lose that.
 *   <li>Directories left empty by a deletion are removed, but only below a generated root such as
 *       {@code src/generated}: an empty {@code src/main/java/app} may be where the user works next.
 *   <li>The bases and the manifest are written last. A run that stops half-way leaves the old
 *       manifest, and the next run recognises the files already written as UNCHANGED.
 * </ul>
 */
public final class FileSystemSink implements OutputSink {

    /** Where GENERATED files live in a shiva project. */
    public static final List<String> DEFAULT_GENERATED_ROOTS = List.of("src/generated");

    private final Path root;
    private final List<String> generatedRoots;

    public FileSystemSink(Path root) {
        this(root, DEFAULT_GENERATED_ROOTS);
    }

    /** @param generatedRoots project-relative directories below which empty directories are removed */
    public FileSystemSink(Path root, List<String> generatedRoots) {
        this.root = root;
        this.generatedRoots =
                generatedRoots.stream().map(ProjectPaths::requireValid).toList();
    }

    @Override
    public void write(Plan plan) throws IOException {
        for (FileAction action : plan.actions()) {
            switch (action.kind()) {
                case CREATE, UPDATE, MERGE, CONFLICT -> replace(action);
                case DELETE -> delete(action);
                default -> {
                    // UNCHANGED, REFUSED, ORPHAN, KEPT, USER_DELETED leave the file alone by definition.
                }
            }
        }
        writeBases(plan);
        ManifestIO.write(root, plan.nextManifest());
    }

    private void replace(FileAction action) throws IOException {
        if (!action.changesContent()) {
            return; // e.g. a conflict whose markers are already on disk
        }
        Path file = ProjectPaths.resolve(root, action.path());
        ensureAsPlanned(action, file);
        AtomicFiles.write(file, action.after().orElseThrow());
    }

    private void delete(FileAction action) throws IOException {
        Path file = ProjectPaths.resolve(root, action.path());
        ensureAsPlanned(action, file);
        Files.deleteIfExists(file);
        for (String generatedRoot : generatedRoots) {
            if (action.path().startsWith(generatedRoot + "/")) {
                removeEmptyDirectories(file.getParent(), ProjectPaths.resolve(root, generatedRoot));
            }
        }
    }

    private static void ensureAsPlanned(FileAction action, Path file) throws IOException {
        Optional<Content> now =
                Files.isRegularFile(file) ? Optional.of(Content.of(Files.readAllBytes(file))) : Optional.empty();
        boolean somethingElse = now.isEmpty() && Files.exists(file);
        if (somethingElse || !now.equals(action.before())) {
            throw new IOException(action.path() + " changed on disk while shiva was planning; it was not touched."
                    + " Run shiva generate again");
        }
    }

    /** The kept bases: the new ones written, those of paths no longer SHARED removed. */
    private void writeBases(Plan plan) throws IOException {
        Set<String> shared = new HashSet<>();
        for (FileAction action : plan.actions()) {
            if (action.entry().map(entry -> entry.zone() == Zone.SHARED).orElse(false)) {
                shared.add(action.path());
                Path base = ProjectPaths.resolve(root, ProjectPaths.basePath(action.path()));
                if (action.base().isPresent()) {
                    AtomicFiles.writeIfDifferent(base, action.base().get());
                }
            }
        }
        removeStaleBases(shared);
    }

    private void removeStaleBases(Set<String> shared) throws IOException {
        Path baseDir = ProjectPaths.resolve(root, ProjectPaths.BASE_DIR);
        if (!Files.isDirectory(baseDir)) {
            return;
        }
        List<Path> stale;
        try (Stream<Path> files = Files.walk(baseDir)) {
            stale = files.filter(Files::isRegularFile)
                    .filter(file -> !shared.contains(relativePath(baseDir, file)))
                    .toList();
        }
        for (Path file : stale) {
            Files.delete(file);
            removeEmptyDirectories(file.getParent(), baseDir);
        }
    }

    private static String relativePath(Path dir, Path file) {
        Path relative = dir.relativize(file);
        StringBuilder path = new StringBuilder();
        for (Path name : relative) {
            path.append(path.length() == 0 ? "" : "/").append(name);
        }
        return path.toString();
    }

    /** Removes {@code dir} and its parents while they are empty, up to {@code stop} (kept). */
    private static void removeEmptyDirectories(Path dir, Path stop) throws IOException {
        Path normalStop = stop.toAbsolutePath().normalize();
        Path current = dir.toAbsolutePath().normalize();
        while (current.startsWith(normalStop) && !current.equals(normalStop) && isEmptyDirectory(current)) {
            Files.delete(current);
            current = current.getParent();
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }
}
