package dev.shiva.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostic;
import dev.shiva.core.diag.Location;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {

    private final ConfigLoader loader = new ConfigLoader();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"True,true", "yes,true", "On,true", "TRUE,true", "false,false", "no,false", "Off,false"})
    void readsBooleansAsYaml11DoesLikePythonShiva(String text, boolean expected) {
        ScalarNode value = scalar("flag: " + text, "flag");

        assertEquals(ScalarType.BOOLEAN, value.type());
        assertEquals(expected, value.value());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"42,42", "0x1F,31", "010,8", "1_000,1000", "1:30,90", "-0b101,-5", "+7,7"})
    void readsYaml11Integers(String text, long expected) {
        ScalarNode value = scalar("n: " + text, "n");

        assertEquals(ScalarType.INTEGER, value.type());
        assertEquals(BigInteger.valueOf(expected), value.integerValue());
    }

    @Test
    void keepsYIsAStringAsPyYamlDoes() {
        assertEquals(ScalarType.STRING, scalar("answer: y", "answer").type());
    }

    @Test
    void readsFloatsNullsAndQuotedText() {
        assertEquals(1.5, scalar("x: 1.5", "x").value());
        assertEquals(Double.POSITIVE_INFINITY, scalar("x: .inf", "x").value());
        assertEquals(ScalarType.NULL, scalar("x: ~", "x").type());
        assertEquals(ScalarType.NULL, scalar("x:", "x").type());
        assertEquals(ScalarType.STRING, scalar("x: '42'", "x").type());
    }

    @Test
    void locatesKeysAndValuesOneBased() {
        MapNode root = root("app_name: demo\ncommon:\n  coro_num: 3\n");
        MapNode common = (MapNode) root.get("common").orElseThrow();
        MapEntry coroNum = common.entry("coro_num").orElseThrow();

        assertEquals(new Location("config.yml", 3, 3), coroNum.key().location());
        assertEquals(new Location("config.yml", 3, 13), coroNum.value().location());
    }

    @Test
    void reportsDuplicateKeysAtTheSecondOneAndKeepsTheFirst() {
        LoadResult result = loader.parse("a: 1\nb: 2\na: 3\n", "config.yml");

        Diagnostic duplicate = single(result.diagnostics());
        assertEquals(Code.YAML_DUPLICATE_KEY, duplicate.code());
        assertEquals(new Location("config.yml", 3, 1), duplicate.location());
        assertTrue(duplicate.message().contains("first defined at line 1"), duplicate.message());
        MapNode root = (MapNode) result.document().orElseThrow().root();
        assertEquals("1", ((ScalarNode) root.get("a").orElseThrow()).text());
    }

    @Test
    void mergeKeysApplyWithExplicitKeysWinning() {
        MapNode root = root("""
                defaults: &defaults
                  coro: 2
                  enabled: true
                worker:
                  <<: *defaults
                  coro: 5
                """);
        MapNode worker = (MapNode) root.get("worker").orElseThrow();

        assertEquals(
                List.of("coro", "enabled"),
                worker.entries().stream().map(MapEntry::name).sorted().toList());
        assertEquals("5", ((ScalarNode) worker.get("coro").orElseThrow()).text());
        assertEquals(
                3, worker.entry("enabled").orElseThrow().key().location().line(), "merged keys point at the anchor");
    }

    @Test
    void aliasesExpandToCopiesOfTheAnchor() {
        MapNode root = root("a: &list [x, y]\nb: *list\n");

        assertEquals(2, ((ListNode) root.get("b").orElseThrow()).items().size());
    }

    @Test
    void reportsASecondDocument() {
        LoadResult result = loader.parse("a: 1\n---\nb: 2\n", "config.yml");

        assertEquals(Code.YAML_NOT_ONE_DOCUMENT, single(result.diagnostics()).code());
        assertEquals(2, single(result.diagnostics()).location().line(), "at the --- separator");
        assertTrue(result.document().isEmpty());
    }

    @Test
    void reportsMakoControlLinesInsteadOfTheYamlErrorTheyCause() {
        LoadResult result = loader.parse("app_name: x\n% if prod:\nport: 1\n% endif\n", "config.yml");

        assertEquals(
                List.of(Code.MAKO_CONTROL, Code.MAKO_CONTROL),
                result.diagnostics().stream().map(Diagnostic::code).toList());
        assertEquals(2, result.diagnostics().get(0).location().line());
    }

    @Test
    void acceptsYamlDirectives() {
        LoadResult result = loader.parse("%YAML 1.1\n---\napp_name: x\n", "config.yml");

        assertTrue(result.diagnostics().isEmpty(), result.diagnostics().toString());
    }

    private ScalarNode scalar(String text, String key) {
        return (ScalarNode) root(text).get(key).orElseThrow();
    }

    private MapNode root(String text) {
        LoadResult result = loader.parse(text, "config.yml");
        assertTrue(result.diagnostics().isEmpty(), result.diagnostics().toString());
        return (MapNode) result.document().orElseThrow().root();
    }

    private static Diagnostic single(List<Diagnostic> diagnostics) {
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        return diagnostics.get(0);
    }
}
