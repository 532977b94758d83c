package dev.shiva.core.project;

import dev.shiva.core.emit.ProjectLayout;
import dev.shiva.core.output.GeneratedFile;
import dev.shiva.core.output.Manifest;
import dev.shiva.core.output.ManifestEntry;
import dev.shiva.core.output.ManifestIO;
import dev.shiva.core.output.Zone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A worker removed from config.yml leaves its user class (and test) in place: they are the user's.
 * For the project to keep compiling, the class's generated base and config record stay too, as
 * they are on disk, until the user deletes the class; the next generate then removes them.
 */
final class OrphanSupport {

    private OrphanSupport() {}

    /** The generated files that orphaned worker classes still need, as they are now. */
    static List<GeneratedFile> retainedFor(Path projectDir, ProjectLayout layout, List<GeneratedFile> produced) {
        Set<String> producedPaths = produced.stream().map(GeneratedFile::path).collect(Collectors.toSet());
        List<GeneratedFile> retained = new ArrayList<>();
        for (ManifestEntry entry : manifest(projectDir).entries()) {
            String workerClass = orphanedWorkerClass(entry, layout, producedPaths, projectDir);
            if (workerClass != null) {
                retain(projectDir, layout.generatedPath(layout.configPackage(), workerClass + "Config"), retained);
                retain(projectDir, layout.generatedPath(layout.baseClassPackage(), workerClass + "Base"), retained);
            }
        }
        return retained;
    }

    /** The simple name of a worker class whose user file is orphaned and still on disk, else null. */
    private static String orphanedWorkerClass(
            ManifestEntry entry, ProjectLayout layout, Set<String> produced, Path dir) {
        String prefix = layout.workersPath();
        String path = entry.path();
        boolean orphan = entry.zone() == Zone.USER
                && path.startsWith(prefix)
                && path.endsWith(".java")
                && !path.substring(prefix.length()).contains("/")
                && !produced.contains(path)
                && Files.isRegularFile(dir.resolve(path));
        return orphan ? path.substring(prefix.length(), path.length() - ".java".length()) : null;
    }

    private static void retain(Path projectDir, String path, List<GeneratedFile> into) {
        Path file = projectDir.resolve(path);
        if (Files.isRegularFile(file)) {
            try {
                into.add(new GeneratedFile(path, Files.readAllBytes(file), Zone.GENERATED));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Manifest manifest(Path projectDir) {
        try {
            return ManifestIO.read(projectDir);
        } catch (IOException e) {
            return Manifest.empty(); // an unreadable manifest is the planner's to report
        }
    }
}
