package dev.shiva.core.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The differences between two lists of lines, as a longest common subsequence found with Myers'
 * O(ND) greedy algorithm (E. Myers, "An O(ND) Difference Algorithm and Its Variations", 1986).
 *
 * <p>Lines are compared whole, terminator included. The common prefix and suffix are matched first,
 * which makes the usual case (a few edited lines in a long file) cheap. The search keeps one row of
 * furthest-reaching points per edit step to trace the path back, i.e. O(D²) memory; beyond {@link
 * #MAX_EDIT_DISTANCE} steps it stops and reports the remaining middle as one replaced block. That
 * diff is still correct, only not minimal, and it keeps a pathological input from using gigabytes.
 */
final class LineDiff {

    static final int MAX_EDIT_DISTANCE = 2_000;

    /** Lines {@code [aStart, aEnd)} of a were replaced by lines {@code [bStart, bEnd)} of b. */
    record Edit(int aStart, int aEnd, int bStart, int bEnd) {}

    private LineDiff() {}

    /**
     * For each line of a, the index of the line of b it is matched with, or -1 if it was deleted or
     * replaced. Matched indices increase strictly with the index in a.
     */
    static int[] matches(List<String> a, List<String> b) {
        int[][] ids = intern(a, b);
        int[] x = ids[0];
        int[] y = ids[1];
        int[] match = new int[x.length];
        Arrays.fill(match, -1);
        int prefix = 0;
        while (prefix < x.length && prefix < y.length && x[prefix] == y[prefix]) {
            match[prefix] = prefix;
            prefix++;
        }
        int suffix = 0;
        while (suffix < x.length - prefix
                && suffix < y.length - prefix
                && x[x.length - 1 - suffix] == y[y.length - 1 - suffix]) {
            match[x.length - 1 - suffix] = y.length - 1 - suffix;
            suffix++;
        }
        new Myers(x, prefix, x.length - suffix, y, prefix, y.length - suffix, match).run();
        return match;
    }

    /** The differences as maximal blocks of replaced lines, in order; empty when a equals b. */
    static List<Edit> edits(List<String> a, List<String> b) {
        int[] match = matches(a, b);
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && match[i] == j) {
                i++;
                j++;
                continue;
            }
            int aStart = i;
            while (i < a.size() && match[i] < 0) {
                i++;
            }
            int bEnd = i < a.size() ? match[i] : b.size();
            edits.add(new Edit(aStart, i, j, bEnd));
            j = bEnd;
        }
        return edits;
    }

    /** Replaces each line by a small number, equal for equal lines, so that comparing is cheap. */
    private static int[][] intern(List<String> a, List<String> b) {
        Map<String, Integer> ids = new HashMap<>();
        int[] x = a.stream()
                .mapToInt(line -> ids.computeIfAbsent(line, k -> ids.size()))
                .toArray();
        int[] y = b.stream()
                .mapToInt(line -> ids.computeIfAbsent(line, k -> ids.size()))
                .toArray();
        return new int[][] {x, y};
    }

    /** One search over the ranges {@code a[aLo, aHi)} and {@code b[bLo, bHi)}. */
    private static final class Myers {
        private final int[] a;
        private final int aLo;
        private final int n;
        private final int[] b;
        private final int bLo;
        private final int m;
        private final int[] match;

        Myers(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi, int[] match) {
            this.a = a;
            this.aLo = aLo;
            this.n = aHi - aLo;
            this.b = b;
            this.bLo = bLo;
            this.m = bHi - bLo;
            this.match = match;
        }

        void run() {
            if (n == 0 || m == 0) {
                return;
            }
            int max = n + m;
            int offset = max + 1;
            // v[offset + k]: the furthest x reached on diagonal k (k = x - y).
            int[] v = new int[2 * max + 3];
            // rows.get(d)[k + d]: v after step d, for k in [-d, d]; read back to trace the path.
            List<int[]> rows = new ArrayList<>();
            for (int d = 0; d <= Math.min(max, MAX_EDIT_DISTANCE); d++) {
                for (int k = -d; k <= d; k += 2) {
                    int x = down(v, offset, k, d) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                    int y = x - k;
                    while (x < n && y < m && a[aLo + x] == b[bLo + y]) {
                        x++;
                        y++;
                    }
                    v[offset + k] = x;
                    if (x >= n && y >= m) {
                        traceBack(rows, d);
                        return;
                    }
                }
                rows.add(Arrays.copyOfRange(v, offset - d, offset + d + 1));
            }
            // Too different to search further: leave the middle unmatched (one replaced block).
        }

        /** Whether diagonal k at step d is reached from k + 1 (a line of b inserted). */
        private static boolean down(int[] v, int offset, int k, int d) {
            return k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]);
        }

        private void traceBack(List<int[]> rows, int steps) {
            int x = n;
            int y = m;
            for (int d = steps; d > 0; d--) {
                int[] previous = rows.get(d - 1);
                int k = x - y;
                boolean down = k == -d || (k != d && previous[k - 1 + d - 1] < previous[k + 1 + d - 1]);
                int previousK = down ? k + 1 : k - 1;
                int previousX = previous[previousK + d - 1];
                int snakeStart = down ? previousX : previousX + 1;
                while (x > snakeStart) {
                    x--;
                    y--;
                    match[aLo + x] = bLo + y;
                }
                x = previousX;
                y = previousX - previousK;
            }
            while (x > 0) {
                x--;
                y--;
                match[aLo + x] = bLo + y;
            }
        }
    }
}
