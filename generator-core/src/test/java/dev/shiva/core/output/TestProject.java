package dev.shiva.core.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

/** A project directory under test: generate into it as the CLI would, and look at what is there. */
final class TestProject {

    static final String VERSION = "0.1.0-test";
    static final FileTime LONG_AGO = FileTime.fromMillis(946_684_800_000L); // 2000-01-01

    final Path root;

    TestProject(Path root) {
        this.root = root;
    }

    static GeneratedFile generated(String path, String text) {
        return new GeneratedFile(path, text, Zone.GENERATED);
    }

    static GeneratedFile user(String path, String text) {
        return new GeneratedFile(path, text, Zone.USER);
    }

    static GeneratedFile shared(String path, String text) {
        return new GeneratedFile(path, text, Zone.SHARED);
    }

    Plan plan(GeneratedFile... files) throws IOException {
        return plan(false, files);
    }

    Plan plan(boolean force, GeneratedFile... files) throws IOException {
        return new Planner(VERSION, force).plan(root, List.of(files));
    }

    /** Plans and writes, as {@code shiva generate} does. */
    Plan generate(GeneratedFile... files) throws IOException {
        return generate(false, files);
    }

    Plan generate(boolean force, GeneratedFile... files) throws IOException {
        Plan plan = plan(force, files);
        new FileSystemSink(root).write(plan);
        return plan;
    }

    void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes(String path) throws IOException {
        return Files.readAllBytes(root.resolve(path));
    }

    boolean exists(String path) {
        return Files.exists(root.resolve(path));
    }

    void delete(String path) throws IOException {
        Files.delete(root.resolve(path));
    }

    /** Backdates a file, so that any rewrite shows up as a new mtime. */
    void age(String path) throws IOException {
        Files.setLastModifiedTime(root.resolve(path), LONG_AGO);
    }

    FileTime mtime(String path) throws IOException {
        return Files.getLastModifiedTime(root.resolve(path));
    }

    Manifest manifest() throws IOException {
        return ManifestIO.read(root);
    }
}
