package dev.shiva.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private static final String POM = """
            <project>
              <properties>
                <java.version>17</java.version>
              </properties>
              <dependencies>
                <dependency>
                  <groupId>io.micronaut</groupId>
                  <artifactId>micronaut-runtime</artifactId>
                </dependency>
              </dependencies>
            </project>
            """;

    @Test
    void userDependencyAndGeneratorPropertyMergeCleanly() {
        String ours = POM.replace("""
                    </dependency>
                  </dependencies>
                """, """
                    </dependency>
                    <dependency>
                      <groupId>org.acme</groupId>
                      <artifactId>acme-client</artifactId>
                    </dependency>
                  </dependencies>
                """);
        String theirs = POM.replace("""
                    <java.version>17</java.version>
                """, """
                    <java.version>17</java.version>
                    <micronaut.version>4.10.8</micronaut.version>
                """);

        MergeResult result = ThreeWayMerge.merge(POM, ours, theirs);

        assertTrue(result.clean());
        assertEquals("""
                <project>
                  <properties>
                    <java.version>17</java.version>
                    <micronaut.version>4.10.8</micronaut.version>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>io.micronaut</groupId>
                      <artifactId>micronaut-runtime</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>org.acme</groupId>
                      <artifactId>acme-client</artifactId>
                    </dependency>
                  </dependencies>
                </project>
                """, result.text());
    }

    @Test
    void sameLineChangedDifferentlyIsAConflictHunk() {
        String base = "a\nport: 8080\nz\n";
        MergeResult result = ThreeWayMerge.merge(base, "a\nport: 9090\nz\n", "a\nport: 8081\nz\n");

        assertEquals(1, result.conflicts());
        assertEquals("""
                a
                <<<<<<< yours
                port: 9090
                ||||||| base
                port: 8080
                =======
                port: 8081
                >>>>>>> generated
                z
                """, result.text());
        assertTrue(ThreeWayMerge.hasConflictMarkers(result.text()));
    }

    @Test
    void sameChangeOnBothSidesIsTakenOnce() {
        String base = "a\nb\nc\n";
        String both = "a\nB\nc\nd\n";
        MergeResult result = ThreeWayMerge.merge(base, both, both);
        assertTrue(result.clean());
        assertEquals(both, result.text());
    }

    @Test
    void blockDeletedByTheUserStaysDeleted() {
        String base = "header\nkeep 1\ndrop 1\ndrop 2\nkeep 2\nkeep 3\nkeep 4\nfooter\n";
        String ours = "header\nkeep 1\nkeep 2\nkeep 3\nkeep 4\nfooter\n";
        String theirs = "header\nkeep 1\ndrop 1\ndrop 2\nkeep 2\nkeep 3\nkeep 4\nfooter v2\n";
        MergeResult result = ThreeWayMerge.merge(base, ours, theirs);
        assertTrue(result.clean());
        assertEquals("header\nkeep 1\nkeep 2\nkeep 3\nkeep 4\nfooter v2\n", result.text());
    }

    @Test
    void oursEqualToBaseTakesTheirs() {
        MergeResult result = ThreeWayMerge.merge("a\nb\n", "a\nb\n", "a\nc\nd\n");
        assertEquals(new MergeResult("a\nc\nd\n", 0), result);
    }

    @Test
    void theirsEqualToBaseTakesOurs() {
        MergeResult result = ThreeWayMerge.merge("a\nb\n", "x\na\n", "a\nb\n");
        assertEquals(new MergeResult("x\na\n", 0), result);
    }

    @Test
    void emptyBaseWithDifferentSidesConflictsAsAWhole() {
        MergeResult result = ThreeWayMerge.merge("", "mine\n", "generated\n");
        assertEquals(1, result.conflicts());
        assertEquals("""
                <<<<<<< yours
                mine
                ||||||| base
                =======
                generated
                >>>>>>> generated
                """, result.text());
    }

    @Test
    void emptyBaseWithOneEmptySideTakesTheOther() {
        assertEquals(new MergeResult("g\n", 0), ThreeWayMerge.merge("", "", "g\n"));
        assertEquals(new MergeResult("u\n", 0), ThreeWayMerge.merge("", "u\n", ""));
        assertEquals(new MergeResult("same\n", 0), ThreeWayMerge.merge("", "same\n", "same\n"));
        assertEquals(new MergeResult("", 0), ThreeWayMerge.merge("", "", ""));
    }

    @Test
    void adjacentChangesConflictAsInGit() {
        MergeResult result = ThreeWayMerge.merge("1\n2\n3\n4\n", "1\nTWO\n3\n4\n", "1\n2\nTHREE\n4\n");
        assertEquals(1, result.conflicts());
        assertEquals("""
                1
                <<<<<<< yours
                TWO
                3
                ||||||| base
                2
                3
                =======
                2
                THREE
                >>>>>>> generated
                4
                """, result.text());
    }

    @Test
    void differentInsertionsAtTheEndConflict() {
        MergeResult result = ThreeWayMerge.merge("a\n", "a\nmine\n", "a\ntheirs\n");
        assertEquals(1, result.conflicts());
        assertEquals("a\n<<<<<<< yours\nmine\n||||||| base\n=======\ntheirs\n>>>>>>> generated\n", result.text());
    }

    @Test
    void separateConflictsAreCountedSeparately() {
        String base = "1\n2\n3\n4\n5\n";
        MergeResult result = ThreeWayMerge.merge(base, "x\n2\n3\n4\ny\n", "X\n2\n3\n4\nY\n");
        assertEquals(2, result.conflicts());
    }

    @Test
    void aMissingFinalNewlineStaysMissing() {
        MergeResult result = ThreeWayMerge.merge("a\nb\nc", "A\nb\nc", "a\nb\nc");
        assertEquals(new MergeResult("A\nb\nc", 0), result);
        MergeResult both = ThreeWayMerge.merge("a\nb\nc\nd\ne", "A\nb\nc\nd\ne", "a\nb\nc\nd\nE");
        assertEquals(new MergeResult("A\nb\nc\nd\nE", 0), both);
    }

    @Test
    void aConflictAtAnEndWithoutNewlineKeepsMarkersOnTheirOwnLines() {
        MergeResult result = ThreeWayMerge.merge("a\nb", "a\nmine", "a\ntheirs");
        assertEquals("a\n<<<<<<< yours\nmine\n||||||| base\nb\n=======\ntheirs\n>>>>>>> generated\n", result.text());
    }

    @Test
    void crlfLinesAndMarkersStayCrlf() {
        MergeResult clean = ThreeWayMerge.merge("a\r\nb\r\nc\r\nd\r\n", "A\r\nb\r\nc\r\nd\r\n", "a\r\nb\r\nc\r\nD\r\n");
        assertEquals(new MergeResult("A\r\nb\r\nc\r\nD\r\n", 0), clean);
        MergeResult conflict = ThreeWayMerge.merge("a\r\n", "b\r\n", "c\r\n");
        assertEquals(
                "<<<<<<< yours\r\nb\r\n||||||| base\r\na\r\n=======\r\nc\r\n>>>>>>> generated\r\n", conflict.text());
    }

    @Test
    void bothSidesInsertingAtDifferentPlacesMergeCleanly() {
        String base = "a\nb\nc\nd\ne\nf\n";
        MergeResult result = ThreeWayMerge.merge(base, "start\na\nb\nc\nd\ne\nf\n", "a\nb\nc\nd\ne\nf\nend\n");
        assertEquals(new MergeResult("start\na\nb\nc\nd\ne\nf\nend\n", 0), result);
    }

    @Test
    void textWithoutBothMarkersHasNoConflict() {
        assertFalse(ThreeWayMerge.hasConflictMarkers("<<<<<<< yours\nonly the opening marker\n"));
        assertFalse(ThreeWayMerge.hasConflictMarkers("plain text\n"));
    }
}
