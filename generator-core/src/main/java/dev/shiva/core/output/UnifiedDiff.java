package dev.shiva.core.output;

import java.util.List;
import java.util.Optional;

/**
 * A unified diff of one file, as {@code diff -u} and {@code git diff} print it: {@code --- a/path}
 * and {@code +++ b/path} ({@code /dev/null} for a side that does not exist), then hunks with three
 * lines of context. Content is shown as UTF-8; a file with a NUL byte is reported as binary.
 */
public final class UnifiedDiff {

    public static final int CONTEXT = 3;
    private static final String NO_NEWLINE = "\\ No newline at end of file\n";

    private UnifiedDiff() {}

    /** Empty when both sides are equal. */
    public static String diff(String path, Optional<Content> before, Optional<Content> after) {
        if (before.equals(after)) {
            return "";
        }
        String oldName = before.isPresent() ? "a/" + path : "/dev/null";
        String newName = after.isPresent() ? "b/" + path : "/dev/null";
        if (before.map(Content::looksBinary).orElse(false)
                || after.map(Content::looksBinary).orElse(false)) {
            return "Binary files " + oldName + " and " + newName + " differ\n";
        }
        List<String> a = Lines.split(before.map(Content::utf8).orElse(""));
        List<String> b = Lines.split(after.map(Content::utf8).orElse(""));
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(oldName).append('\n');
        out.append("+++ ").append(newName).append('\n');
        List<LineDiff.Edit> edits = LineDiff.edits(a, b);
        int first = 0;
        while (first < edits.size()) {
            int last = first;
            // Edits whose contexts would touch or overlap share one hunk.
            while (last + 1 < edits.size()
                    && edits.get(last + 1).aStart() - edits.get(last).aEnd() <= 2 * CONTEXT) {
                last++;
            }
            hunk(out, a, b, edits.subList(first, last + 1));
            first = last + 1;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<String> a, List<String> b, List<LineDiff.Edit> edits) {
        LineDiff.Edit head = edits.get(0);
        LineDiff.Edit tail = edits.get(edits.size() - 1);
        int aFrom = Math.max(0, head.aStart() - CONTEXT);
        int aTo = Math.min(a.size(), tail.aEnd() + CONTEXT);
        int bFrom = head.bStart() - (head.aStart() - aFrom);
        int bTo = tail.bEnd() + (aTo - tail.aEnd());
        out.append("@@ -")
                .append(range(aFrom, aTo - aFrom))
                .append(" +")
                .append(range(bFrom, bTo - bFrom))
                .append(" @@\n");
        int position = aFrom;
        for (LineDiff.Edit edit : edits) {
            lines(out, ' ', a.subList(position, edit.aStart()));
            lines(out, '-', a.subList(edit.aStart(), edit.aEnd()));
            lines(out, '+', b.subList(edit.bStart(), edit.bEnd()));
            position = edit.aEnd();
        }
        lines(out, ' ', a.subList(position, aTo));
    }

    /** "3,4" for lines 3 to 6; "3" for line 3 alone; "2,0" for an empty range after line 2. */
    private static String range(int from, int count) {
        if (count == 0) {
            return from + ",0";
        }
        return count == 1 ? String.valueOf(from + 1) : (from + 1) + "," + count;
    }

    private static void lines(StringBuilder out, char prefix, List<String> lines) {
        for (String line : lines) {
            out.append(prefix);
            if (Lines.endsWithNewline(line)) {
                // Only the '\n' goes: a '\r' stays visible, so a CRLF change is not a blank diff.
                out.append(line, 0, line.length() - 1).append('\n');
            } else {
                out.append(line).append('\n').append(NO_NEWLINE);
            }
        }
    }
}
