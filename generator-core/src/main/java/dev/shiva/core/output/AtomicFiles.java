package dev.shiva.core.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes a file so that a reader (the IDE, Maven, a crash) sees either the old or the new content,
 * never half of it: the bytes go to a temporary file in the same directory, then replace the target
 * with one rename.
 */
final class AtomicFiles {

    private AtomicFiles() {}

    static void write(Path target, Content content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // Not Files.createTempFile: it creates the file with mode 0600 on POSIX, which would then
        // become the mode of a pom.xml or Dockerfile. CREATE_NEW gets the usual mode (umask).
        Path temp = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".shiva-tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                out.write(content.bytes());
            }
            keepPermissions(target, temp);
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes only when the file is absent or differs, so that an identical file keeps its mtime. */
    static void writeIfDifferent(Path target, Content content) throws IOException {
        if (Files.isRegularFile(target)
                && Content.of(Files.readAllBytes(target)).equals(content)) {
            return;
        }
        write(target, content);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** An updated file keeps its mode, e.g. the executable bit of a script. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view =
                Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
        } catch (FileSystemException | UnsupportedOperationException e) {
            // The content matters more than the mode; a file system that refuses gets the default mode.
        }
    }
}
