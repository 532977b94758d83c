package dev.shiva.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestIOTest {

    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);
    private static final String HASH_C = "c".repeat(64);

    private static final Manifest MANIFEST = Manifest.of(
            "0.1.0",
            List.of(
                    new ManifestEntry("src/main/java/app/Order Worker.java", Zone.USER, HASH_C),
                    new ManifestEntry("pom.xml", Zone.SHARED, HASH_A),
                    new ManifestEntry("src/generated/java/app/Config.java", Zone.GENERATED, HASH_B)));

    @Test
    void formatIsSortedByPathWithTheVersionsFirst() {
        assertEquals(
                "shiva-manifest v1 generator 0.1.0\n"
                        + "shared " + HASH_A + " pom.xml\n"
                        + "generated " + HASH_B + " src/generated/java/app/Config.java\n"
                        + "user " + HASH_C + " src/main/java/app/Order Worker.java\n",
                ManifestIO.format(MANIFEST));
    }

    @Test
    void roundTripsThroughTheFile(@TempDir Path root) throws Exception {
        ManifestIO.write(root, MANIFEST);
        Manifest read = ManifestIO.read(root);
        assertEquals(MANIFEST, read);
        assertEquals(
                Zone.USER,
                read.entry("src/main/java/app/Order Worker.java").orElseThrow().zone());
        assertEquals(ManifestIO.format(MANIFEST), Files.readString(root.resolve(".shiva/manifest")));
    }

    @Test
    void anAbsentManifestIsEmpty(@TempDir Path root) throws Exception {
        assertTrue(ManifestIO.read(root).isEmpty());
    }

    @Test
    void writingTheSameManifestLeavesTheFileAlone(@TempDir Path root) throws Exception {
        ManifestIO.write(root, MANIFEST);
        Path file = root.resolve(".shiva/manifest");
        Files.setLastModifiedTime(file, TestProject.LONG_AGO);
        ManifestIO.write(root, MANIFEST);
        assertEquals(TestProject.LONG_AGO, Files.getLastModifiedTime(file));
    }

    @Test
    void aNewerFormatIsRejectedWithTheReason() {
        ManifestFormatException e = assertThrows(
                ManifestFormatException.class, () -> ManifestIO.parse("shiva-manifest v2 generator 9.0\n"));
        assertEquals(".shiva/manifest:1: format v2 is not v1; was it written by a newer shiva?", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not a manifest\n",
                "shiva-manifest v1 generator 1\nmystery aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa x\n",
                "shiva-manifest v1 generator 1\ngenerated 1234 x\n",
                "shiva-manifest v1 generator 1\ngenerated\n",
                "shiva-manifest v1 generator 1\ngenerated aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ../x\n",
                "shiva-manifest v1 generator 1\ngenerated aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa /etc/x\n",
                "shiva-manifest v1 generator 1\ngenerated aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa .shiva/base/x\n",
                "shiva-manifest v1 generator 1\nuser aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa x\n"
                        + "user aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa x\n"
            })
    void malformedManifestsAreRejectedNotIgnored(String text) {
        assertThrows(ManifestFormatException.class, () -> ManifestIO.parse(text));
    }

    @Test
    void theLineNumberIsReported() {
        ManifestFormatException e = assertThrows(
                ManifestFormatException.class,
                () -> ManifestIO.parse("shiva-manifest v1 generator 1\nuser " + HASH_A + " ok\nbad line\n"));
        assertTrue(e.getMessage().startsWith(".shiva/manifest:3: "), e.getMessage());
    }
}
