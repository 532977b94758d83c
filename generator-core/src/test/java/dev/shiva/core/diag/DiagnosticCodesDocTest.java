package dev.shiva.core.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/diagnostics.md lists every diagnostic code; it is rendered from {@link Code}, so a new code
 * cannot go undocumented. {@code -Dshiva.bless=true} rewrites the page.
 */
class DiagnosticCodesDocTest {

    private static final Path PAGE = Path.of(System.getProperty("shiva.samples.dir"))
            .getParent()
            .getParent()
            .resolve("docs/diagnostics.md");

    @Test
    void codesAreUniqueAndWellFormed() {
        Set<String> ids = new HashSet<>();
        for (Code code : Code.values()) {
            assertEquals(true, code.id().matches("SHV-[A-Z]+-\\d{3}"), code.id());
            assertEquals(true, ids.add(code.id()), "duplicate id " + code.id());
        }
    }

    @Test
    void pageListsEveryCode() throws IOException {
        String rendered = render();
        if (Boolean.getBoolean("shiva.bless")) {
            Files.writeString(PAGE, rendered, StandardCharsets.UTF_8);
            return;
        }
        String onDisk = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";
        assertEquals(
                rendered, onDisk, "docs/diagnostics.md is stale: run mvn -pl generator-core test -Dshiva.bless=true");
    }

    private static String render() {
        StringBuilder page = new StringBuilder();
        page.append("<!-- Generated from generator-core's Code enum by DiagnosticCodesDocTest; do not edit. -->\n")
                .append("# Diagnostic codes\n\n")
                .append("`shiva validate` prints one line per problem:\n\n")
                .append("```\nconfig.yml:12:5: error[SHV-REF-003]: workers.waiter_daemon.dispatcher: ")
                .append("unknown dispatcher 'daemon_root_mian'; did you mean 'daemon_root_main'?\n```\n\n")
                .append("file:line:column (1-based; problems of the file as a whole have no line), the severity, ")
                .append("a stable code, the dotted path of the node, what is wrong and, after the semicolon, how to ")
                .append("fix it. `--format json` gives the same fields as JSON. Errors make the config invalid ")
                .append("(exit 1); warnings do not (unless `--strict`). Codes never change meaning.\n\n")
                .append("| code | severity | meaning |\n|---|---|---|\n");
        for (Code code : Code.values()) {
            page.append("| ")
                    .append(code.id())
                    .append(" | ")
                    .append(code.severity().label())
                    .append(" | ")
                    .append(code.summary())
                    .append(" |\n");
        }
        return page.toString();
    }
}
