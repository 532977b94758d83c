package dev.shiva.core.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads what is on disk in a project: its files and the merge bases kept under {@code .shiva/base/}. */
final class ProjectFiles {

    private final Path root;

    ProjectFiles(Path root) {
        this.root = root;
    }

    /** The file's content; empty when nothing is there (or something that is not a file). */
    Optional<Content> read(String path) throws IOException {
        return readFile(ProjectPaths.resolve(root, path));
    }

    /** Whether a directory or other non-file occupies the path, where shiva cannot write a file. */
    boolean isNotAFile(String path) {
        Path file = ProjectPaths.resolve(root, path);
        return Files.exists(file) && !Files.isRegularFile(file);
    }

    /** The last generated version of a SHARED file, if it was kept. */
    Optional<Content> readBase(String path) throws IOException {
        return readFile(ProjectPaths.resolve(root, ProjectPaths.basePath(path)));
    }

    private static Optional<Content> readFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Content.of(Files.readAllBytes(file)));
    }
}
