package dev.shiva.core.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes {@code .shiva/manifest}, a plain text file meant to be committed and reviewed:
 *
 * <pre>
 * shiva-manifest v1 generator 0.1.0
 * shared 3f2a…(64 hex) pom.xml
 * generated 9c1b… src/generated/java/app/Config.java
 * user 77d0… src/main/java/app/OrderWorker.java
 * </pre>
 *
 * <p>One line per file, sorted by path, no timestamps: two runs with the same input write the same
 * bytes, and a change shows up in a review as one changed line. The path comes last so that it may
 * contain spaces.
 */
public final class ManifestIO {

    static final String MAGIC = "shiva-manifest";
    static final String FORMAT = "v1";

    private ManifestIO() {}

    /** The manifest of the project at {@code root}, or an empty one if shiva never wrote there. */
    public static Manifest read(Path root) throws IOException {
        Path file = ProjectPaths.resolve(root, ProjectPaths.MANIFEST);
        if (!Files.exists(file)) {
            return Manifest.empty();
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Writes the manifest unless the file already holds exactly this text (its mtime then stays). */
    public static void write(Path root, Manifest manifest) throws IOException {
        Path file = ProjectPaths.resolve(root, ProjectPaths.MANIFEST);
        AtomicFiles.writeIfDifferent(file, Content.of(format(manifest)));
    }

    public static String format(Manifest manifest) {
        String version = manifest.generatorVersion().isEmpty() ? "unknown" : manifest.generatorVersion();
        StringBuilder text = new StringBuilder();
        text.append(MAGIC)
                .append(' ')
                .append(FORMAT)
                .append(" generator ")
                .append(version)
                .append('\n');
        for (ManifestEntry entry : manifest.entries()) {
            text.append(entry.zone().token())
                    .append(' ')
                    .append(entry.sha256())
                    .append(' ')
                    .append(entry.path())
                    .append('\n');
        }
        return text.toString();
    }

    public static Manifest parse(String text) throws ManifestFormatException {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()) {
            throw new ManifestFormatException(1, "empty; expected '" + MAGIC + " " + FORMAT + " generator <version>'");
        }
        String version = parseHeader(lines.get(0));
        List<ManifestEntry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                entries.add(parseEntry(i + 1, lines.get(i)));
            }
        }
        try {
            return Manifest.of(version, entries);
        } catch (IllegalArgumentException e) {
            throw new ManifestFormatException(1, e.getMessage());
        }
    }

    private static String parseHeader(String line) throws ManifestFormatException {
        String[] words = line.split(" ");
        if (words.length != 4 || !words[0].equals(MAGIC) || !words[2].equals("generator")) {
            throw new ManifestFormatException(
                    1, "expected '" + MAGIC + " " + FORMAT + " generator <version>', found '" + line + "'");
        }
        if (!words[1].equals(FORMAT)) {
            throw new ManifestFormatException(
                    1, "format " + words[1] + " is not " + FORMAT + "; was it written by a newer shiva?");
        }
        return words[3];
    }

    private static ManifestEntry parseEntry(int lineNumber, String line) throws ManifestFormatException {
        int first = line.indexOf(' ');
        int second = first < 0 ? -1 : line.indexOf(' ', first + 1);
        if (second < 0) {
            throw new ManifestFormatException(lineNumber, "expected '<zone> <sha256> <path>', found '" + line + "'");
        }
        Optional<Zone> zone = zone(line.substring(0, first));
        if (zone.isEmpty()) {
            throw new ManifestFormatException(
                    lineNumber, "unknown zone '" + line.substring(0, first) + "'; expected generated, user or shared");
        }
        try {
            return new ManifestEntry(line.substring(second + 1), zone.get(), line.substring(first + 1, second));
        } catch (IllegalArgumentException e) {
            throw new ManifestFormatException(lineNumber, e.getMessage());
        }
    }

    private static Optional<Zone> zone(String token) {
        for (Zone zone : Zone.values()) {
            if (zone.token().equals(token)) {
                return Optional.of(zone);
            }
        }
        return Optional.empty();
    }
}
