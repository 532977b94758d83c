package dev.shiva.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    private static Optional<Content> text(String text) {
        return Optional.of(Content.of(text));
    }

    @Test
    void changeWithThreeLinesOfContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assertEquals("""
                --- a/f.txt
                +++ b/f.txt
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                """, UnifiedDiff.diff("f.txt", text(before), text(after)));
    }

    @Test
    void distantChangesAreSeparateHunksAndCloseOnesShareOne() {
        StringBuilder before = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            before.append(i).append('\n');
        }
        String after = before.toString()
                .replace("1\n2\n", "one\n2\n")
                .replace("\n8\n", "\neight\n")
                .replace("\n20\n", "\ntwenty\n");
        assertEquals("""
                --- a/n
                +++ b/n
                @@ -1,11 +1,11 @@
                -1
                +one
                 2
                 3
                 4
                 5
                 6
                 7
                -8
                +eight
                 9
                 10
                 11
                @@ -17,4 +17,4 @@
                 17
                 18
                 19
                -20
                +twenty
                """, UnifiedDiff.diff("n", text(before.toString()), text(after)));
    }

    @Test
    void createdAndDeletedFilesDiffAgainstDevNull() {
        assertEquals("""
                --- /dev/null
                +++ b/new.txt
                @@ -0,0 +1,2 @@
                +a
                +b
                """, UnifiedDiff.diff("new.txt", Optional.empty(), text("a\nb\n")));
        assertEquals("""
                --- a/old.txt
                +++ /dev/null
                @@ -1 +0,0 @@
                -gone
                """, UnifiedDiff.diff("old.txt", text("gone\n"), Optional.empty()));
    }

    @Test
    void aMissingFinalNewlineIsMarked() {
        assertEquals("""
                --- a/f
                +++ b/f
                @@ -1,2 +1,2 @@
                 a
                -b
                \\ No newline at end of file
                +b
                """, UnifiedDiff.diff("f", text("a\nb"), text("a\nb\n")));
    }

    @Test
    void pureInsertionSaysWhereItGoes() {
        assertEquals("""
                --- a/f
                +++ b/f
                @@ -1,2 +1,3 @@
                 a
                +new
                 b
                """, UnifiedDiff.diff("f", text("a\nb\n"), text("a\nnew\nb\n")));
    }

    @Test
    void equalSidesGiveNothingAndBinaryIsNotShownAsLines() {
        assertEquals("", UnifiedDiff.diff("f", text("a\n"), text("a\n")));
        Optional<Content> binary = Optional.of(Content.of(new byte[] {1, 0, 2}));
        assertEquals("Binary files a/x.bin and b/x.bin differ\n", UnifiedDiff.diff("x.bin", binary, text("a\n")));
    }
}
