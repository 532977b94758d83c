package dev.shiva.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/config-reference.md must be exactly what the generator makes of the current schema, so the
 * page cannot drift from the schema. {@code -Dshiva.bless=true} rewrites it instead.
 */
class ReferenceDocTest {

    private static final String BLESS_COMMAND = "mvn -pl schema test -Dshiva.bless=true";

    @Test
    void referencePageMatchesTheSchema() throws IOException {
        String rendered = ReferenceDoc.render(ReferenceDoc.loadSchema());
        Path page = docsDir().resolve("config-reference.md");
        if (Boolean.getBoolean("shiva.bless")) {
            Files.createDirectories(page.getParent());
            Files.writeString(page, rendered, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(page)) {
            fail(page + " does not exist; generate it with `" + BLESS_COMMAND + "`");
        }
        String committed = Files.readString(page, StandardCharsets.UTF_8);
        if (!committed.equals(rendered)) {
            fail(page + " is out of date with config.schema.json (" + firstDifference(committed, rendered)
                    + "); regenerate it with `" + BLESS_COMMAND + "` and commit the result");
        }
    }

    @Test
    void renderingIsDeterministic() {
        assertEquals(ReferenceDoc.render(ReferenceDoc.loadSchema()), ReferenceDoc.render(ReferenceDoc.loadSchema()));
    }

    @Test
    void pageStartsWithTheGeneratedNotice() {
        String rendered = ReferenceDoc.render(ReferenceDoc.loadSchema());
        assertTrue(
                rendered.startsWith(MarkdownRenderer.GENERATED_NOTICE + "\n"),
                rendered.lines().findFirst().orElse(""));
    }

    private static Path docsDir() {
        String dir = System.getProperty("shiva.docs.dir");
        if (dir == null || dir.isBlank()) {
            fail("system property shiva.docs.dir is not set; run the test through Maven (schema/pom.xml sets it)");
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }

    /** Where the files part, so the failure says what changed without a diff tool. */
    private static String firstDifference(String committed, String rendered) {
        String[] before = committed.split("\n", -1);
        String[] after = rendered.split("\n", -1);
        for (int i = 0; i < Math.max(before.length, after.length); i++) {
            String was = i < before.length ? before[i] : "<end of file>";
            String now = i < after.length ? after[i] : "<end of file>";
            if (!was.equals(now)) {
                return "first difference at line " + (i + 1) + ": file has [" + was + "], schema gives [" + now + "]";
            }
        }
        return "line ends differ";
    }
}
