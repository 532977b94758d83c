package dev.shiva.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Views refuse text that would change the structure of the file they are rendered into. */
class ViewChecksTest {

    @Test
    void xmlMarkupInAPomIsRefusedWithTheComponentsName() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new PomView(
                        "com.acme",
                        "a",
                        "1",
                        "n",
                        "A & B",
                        "com.acme",
                        17,
                        "com.acme.App",
                        PomVersions.verified("1"),
                        false,
                        false,
                        false,
                        false,
                        List.of()));

        assertTrue(e.getMessage().startsWith("description"), e.getMessage());
    }

    @Test
    void aQuoteInsideAQuotedYamlValueIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ApplicationConfigView("svc\"", "127.0.0.1", "8085", java.util.Optional.empty()));
    }

    @Test
    void aLineBreakIsRefusedEverywhere() {
        assertThrows(IllegalArgumentException.class, () -> new WorkerRow("a\nb", "A", "web"));
    }

    @Test
    void aTableCellMayNotSplitTheTable() {
        assertThrows(IllegalArgumentException.class, () -> new WorkerRow("a|b", "A", "web"));
    }

    @Test
    void aPortIsANumberOrAPlaceholder() {
        assertThrows(IllegalArgumentException.class, () -> appConfigWithPort("eighty"));
        assertThrows(IllegalArgumentException.class, () -> appConfigWithPort("${PORT:abc}"));
        assertEquals("${PORT:8085}", appConfigWithPort("${PORT:8085}").port());
        assertEquals("${PORT}", appConfigWithPort("${PORT}").port());
        assertThrows(IllegalArgumentException.class, () -> new DockerfileView("a", "1", 17, 70000, "config.yml"));
    }

    @Test
    void logLevelsAreLogbacks() {
        assertThrows(IllegalArgumentException.class, () -> new LogbackView("WARNING", false, "%msg", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new SentryView("dsn", Optional.empty(), "CRITICAL", "INFO"));
    }

    @Test
    void aMissingComponentIsRefusedAtConstruction() {
        assertThrows(NullPointerException.class, () -> new NewConfigView(null, "schema.json", 8085));
        assertThrows(
                NullPointerException.class, () -> new LogbackView("INFO", false, LogbackView.DEFAULT_PATTERN, null));
    }

    @Test
    void onlyMavensScopesAreAccepted() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new MavenDependency("g", "a", Optional.empty(), Optional.of("import")));
    }

    @Test
    void listsAreCopiedSoAViewCannotChangeAfterwards() {
        List<WorkerRow> workers = new ArrayList<>(List.of(new WorkerRow("a", "A", "web")));
        ServiceReadmeView view = new ServiceReadmeView(
                "s",
                "s",
                "1",
                "config.yml",
                "src/main/java/s",
                8085,
                true,
                Optional.empty(),
                workers,
                List.of(),
                List.of());

        workers.add(new WorkerRow("b", "B", "web"));

        assertEquals(1, view.workers().size());
    }

    @Test
    void aPipeInAReadmeTableCellIsRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new ConnectionRow("cache", "redis", "0", "cache", "x.RedisHandle", "a | b"));

        assertTrue(e.getMessage().startsWith("usedBy"), e.getMessage());
    }

    private static ApplicationConfigView appConfigWithPort(String port) {
        return new ApplicationConfigView("svc", "0.0.0.0", port, Optional.empty());
    }
}
