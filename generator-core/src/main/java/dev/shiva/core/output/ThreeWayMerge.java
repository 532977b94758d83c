package dev.shiva.core.output;

import java.util.List;

/**
 * A line-based three-way merge in the manner of diff3: the changes from the base to ours (the file
 * on disk, with the user's edits) and from the base to theirs (what the generator produces now) are
 * both applied. A region changed on one side only takes that side; a region both sides changed the
 * same way is taken once; a region both sides changed differently becomes a conflict hunk in git's
 * diff3 style:
 *
 * <pre>
 * &lt;&lt;&lt;&lt;&lt;&lt;&lt; yours
 * (the user's lines)
 * ||||||| base
 * (the lines both started from)
 * =======
 * (the generator's lines)
 * &gt;&gt;&gt;&gt;&gt;&gt;&gt; generated
 * </pre>
 *
 * <p>Changes to adjacent lines count as overlapping, as in git: when the user edits line 3 and the
 * generator line 4, neither side can be sure the other's line still makes sense next to its own.
 *
 * <p>The algorithm follows Khanna, Kunal and Pierce, "A Formal Investigation of Diff3" (2007): walk
 * the three texts together; lines matched in both diffs are stable; between two stable runs lies an
 * unstable chunk, resolved as above.
 */
public final class ThreeWayMerge {

    public static final String OURS_MARKER = "<<<<<<< yours";
    public static final String BASE_MARKER = "||||||| base";
    public static final String SEPARATOR = "=======";
    public static final String THEIRS_MARKER = ">>>>>>> generated";

    private ThreeWayMerge() {}

    /** Line endings are kept as they are; a conflict's markers use the line ending of the file. */
    public static MergeResult merge(String base, String ours, String theirs) {
        return new Walk(Lines.split(base), Lines.split(ours), Lines.split(theirs)).run();
    }

    /** Whether a text still holds a conflict hunk written by {@link #merge}. */
    public static boolean hasConflictMarkers(String text) {
        List<String> lines = Lines.split(text);
        return lines.stream().anyMatch(line -> Lines.strip(line).equals(OURS_MARKER))
                && lines.stream().anyMatch(line -> Lines.strip(line).equals(THEIRS_MARKER));
    }

    private static final class Walk {
        private final List<String> base;
        private final List<String> ours;
        private final List<String> theirs;
        private final int[] oursMatch;
        private final int[] theirsMatch;
        private final String eol;
        private final StringBuilder out = new StringBuilder();
        private int conflicts;

        Walk(List<String> base, List<String> ours, List<String> theirs) {
            this.base = base;
            this.ours = ours;
            this.theirs = theirs;
            this.oursMatch = LineDiff.matches(base, ours);
            this.theirsMatch = LineDiff.matches(base, theirs);
            this.eol = lineEnding(ours, base, theirs);
        }

        MergeResult run() {
            int o = 0;
            int a = 0;
            int b = 0;
            while (true) {
                int stable = 0;
                while (o + stable < base.size()
                        && oursMatch[o + stable] == a + stable
                        && theirsMatch[o + stable] == b + stable) {
                    stable++;
                }
                if (stable > 0) {
                    Lines.appendAll(out, base.subList(o, o + stable));
                    o += stable;
                    a += stable;
                    b += stable;
                    continue;
                }
                if (o == base.size() && a == ours.size() && b == theirs.size()) {
                    return new MergeResult(out.toString(), conflicts);
                }
                // The chunk ends at the next base line that both sides kept.
                int next = o;
                while (next < base.size() && (oursMatch[next] < 0 || theirsMatch[next] < 0)) {
                    next++;
                }
                int aEnd = next < base.size() ? oursMatch[next] : ours.size();
                int bEnd = next < base.size() ? theirsMatch[next] : theirs.size();
                resolve(base.subList(o, next), ours.subList(a, aEnd), theirs.subList(b, bEnd));
                o = next;
                a = aEnd;
                b = bEnd;
            }
        }

        private void resolve(List<String> baseChunk, List<String> oursChunk, List<String> theirsChunk) {
            if (oursChunk.equals(baseChunk)) {
                Lines.appendAll(out, theirsChunk);
            } else if (theirsChunk.equals(baseChunk) || oursChunk.equals(theirsChunk)) {
                Lines.appendAll(out, oursChunk);
            } else {
                conflicts++;
                section(OURS_MARKER, oursChunk);
                section(BASE_MARKER, baseChunk);
                section(SEPARATOR, theirsChunk);
                out.append(THEIRS_MARKER).append(eol);
            }
        }

        private void section(String marker, List<String> lines) {
            out.append(marker).append(eol);
            Lines.appendAll(out, lines);
            // A last line without a newline must not run into the next marker.
            if (!lines.isEmpty() && !Lines.endsWithNewline(lines.get(lines.size() - 1))) {
                out.append(eol);
            }
        }

        private static String lineEnding(List<String> ours, List<String> base, List<String> theirs) {
            for (List<String> lines : List.of(ours, base, theirs)) {
                if (!lines.isEmpty() && Lines.endsWithNewline(lines.get(0))) {
                    return lines.get(0).endsWith("\r\n") ? "\r\n" : "\n";
                }
            }
            return "\n";
        }
    }
}
