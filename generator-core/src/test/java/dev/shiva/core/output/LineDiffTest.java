package dev.shiva.core.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shiva.core.output.LineDiff.Edit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void equalInputsHaveNoEdits() {
        List<String> lines = List.of("a\n", "b\n", "c\n");
        assertEquals(List.of(), LineDiff.edits(lines, lines));
        assertArrayEquals(new int[] {0, 1, 2}, LineDiff.matches(lines, lines));
    }

    @Test
    void insertionDeletionAndReplacementAreSeparateEdits() {
        List<String> a = List.of("1\n", "2\n", "3\n", "4\n", "5\n", "6\n");
        List<String> b = List.of("1\n", "new\n", "2\n", "3\n", "5\n", "six\n");
        assertEquals(List.of(new Edit(1, 1, 1, 2), new Edit(3, 4, 4, 4), new Edit(5, 6, 5, 6)), LineDiff.edits(a, b));
    }

    @Test
    void emptySidesAreOneEdit() {
        List<String> lines = List.of("a\n", "b\n");
        assertEquals(List.of(new Edit(0, 0, 0, 2)), LineDiff.edits(List.of(), lines));
        assertEquals(List.of(new Edit(0, 2, 0, 0)), LineDiff.edits(lines, List.of()));
        assertEquals(List.of(), LineDiff.edits(List.of(), List.of()));
    }

    @Test
    void theTerminatorIsPartOfTheLine() {
        assertEquals(List.of(new Edit(0, 1, 0, 1)), LineDiff.edits(List.of("a"), List.of("a\n")));
        assertEquals(List.of(new Edit(0, 1, 0, 1)), LineDiff.edits(List.of("a\r\n"), List.of("a\n")));
    }

    /** Checked against the textbook dynamic-programming LCS on many small random inputs. */
    @Test
    void findsALongestCommonSubsequence() {
        Random random = new Random(42);
        for (int round = 0; round < 3_000; round++) {
            List<String> a = randomLines(random);
            List<String> b = randomLines(random);
            int[] match = LineDiff.matches(a, b);
            int matched = 0;
            int previous = -1;
            for (int i = 0; i < match.length; i++) {
                if (match[i] >= 0) {
                    assertTrue(match[i] > previous, "matches must increase: " + a + " / " + b);
                    assertEquals(a.get(i), b.get(match[i]));
                    previous = match[i];
                    matched++;
                }
            }
            assertEquals(lcsLength(a, b), matched, () -> "not minimal for " + a + " / " + b);
            assertEquals(b, apply(a, b, LineDiff.edits(a, b)));
        }
    }

    @Test
    void veryDifferentInputsStillGiveACorrectDiff() {
        List<String> a = IntStream.range(0, 3_000).mapToObj(i -> "a" + i + "\n").collect(Collectors.toList());
        List<String> b = IntStream.range(0, 3_000).mapToObj(i -> "b" + i + "\n").collect(Collectors.toList());
        a.add(1_500, "common\n");
        b.add(10, "common\n");
        List<Edit> edits = LineDiff.edits(a, b);
        assertEquals(b, apply(a, b, edits));
    }

    private static List<String> randomLines(Random random) {
        int size = random.nextInt(12);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            lines.add("xyz".charAt(random.nextInt(3)) + "\n");
        }
        return lines;
    }

    private static int lcsLength(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                table[i][j] = a.get(i).equals(b.get(j))
                        ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table[0][0];
    }

    /** Rebuilds b from a and the edits: every line outside an edit must be common. */
    private static List<String> apply(List<String> a, List<String> b, List<Edit> edits) {
        List<String> out = new ArrayList<>();
        int position = 0;
        for (Edit edit : edits) {
            out.addAll(a.subList(position, edit.aStart()));
            out.addAll(b.subList(edit.bStart(), edit.bEnd()));
            position = edit.aEnd();
        }
        out.addAll(a.subList(position, a.size()));
        return out;
    }
}
