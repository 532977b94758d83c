package dev.shiva.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Edits of files in a generated project, the way a user makes them in an editor. Each edit is anchored
 * on text shiva wrote, and fails loudly when that text is missing (a changed template), rather than
 * silently editing nothing.
 */
final class TextEdits {

    private TextEdits() {}

    /** Replaces the one occurrence of {@code anchor} in {@code file} with {@code replacement}. */
    static void replace(Path file, String anchor, String replacement) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(1, occurrences(text, anchor), () -> "expected '" + anchor + "' exactly once in " + file);
        Files.writeString(file, text.replace(anchor, replacement), StandardCharsets.UTF_8);
    }

    /** Inserts {@code lines} right after the one line of {@code file} that is {@code anchorLine}. */
    static void insertAfterLine(Path file, String anchorLine, String lines) throws IOException {
        replace(file, anchorLine + "\n", anchorLine + "\n" + lines);
    }

    static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
