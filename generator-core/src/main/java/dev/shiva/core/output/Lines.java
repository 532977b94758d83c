package dev.shiva.core.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Text as lines that keep their terminator ("\n" or "\r\n"), so that joining them gives back the
 * exact text: line endings stay as they were and a last line without '\n' stays without one.
 */
final class Lines {

    private Lines() {}

    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }

    static void appendAll(StringBuilder out, List<String> lines) {
        lines.forEach(out::append);
    }

    static boolean endsWithNewline(String line) {
        return line.endsWith("\n");
    }

    /** The line without its terminator ("\r\n" counts as one). */
    static String strip(String line) {
        if (line.endsWith("\r\n")) {
            return line.substring(0, line.length() - 2);
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }
}
