package dev.shiva.runtime.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shiva.runtime.ConfigException;
import dev.shiva.runtime.ConfigNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private static ConfigNode tree(String yaml) {
        return ConfigTreeBuilder.build(
                YamlReader.parse(yaml, "config.yml"), "config.yml", Map.<String, String>of()::get);
    }

    private static String error(String yaml) {
        return assertThrows(ConfigException.class, () -> tree(yaml)).getMessage();
    }

    @Test
    void readsYaml11ScalarsAsPyYamlDoes() {
        ConfigNode root = tree("""
                a: yes
                b: off
                c: 0x1F
                d: 010
                e: 1_000
                f: 1.5
                g: ~
                h: 2026-01-01
                i: 'yes'
                j: 1:30
                """);
        assertEquals(true, root.bool("a"));
        assertEquals(false, root.bool("b"));
        assertEquals(31L, root.integer("c"));
        assertEquals(8L, root.integer("d"));
        assertEquals(1000L, root.integer("e"));
        assertEquals(1.5, root.number("f"));
        assertTrue(root.find("g").isEmpty());
        assertEquals("2026-01-01", root.string("h"));
        assertEquals("yes", root.string("i"));
        assertEquals(90L, root.integer("j"));
    }

    @Test
    void keepsLinesColumnsAndDottedPaths() {
        ConfigNode root = tree("""
                workers:
                  w:
                    config:
                      vips: [a, b]
                      limits:
                        burst: many
                """);
        ConfigNode limits = root.get("workers").get("w").get("config").get("limits");
        ConfigException e = assertThrows(ConfigException.class, () -> limits.integer("burst"));
        assertEquals(
                "config.yml:6:16: workers.w.config.limits.burst: expected an integer, found string 'many'",
                e.getMessage());
        ConfigNode vip = root.get("workers").get("w").get("config").list("vips").get(1);
        assertEquals("workers.w.config.vips[1]", vip.path());
    }

    @Test
    void refusesDuplicateKeys() {
        assertEquals("config.yml:4:3: workers.w: duplicate key 'w' (first defined at line 2)", error("""
                        workers:
                          w:
                            enabled: true
                          w:
                            enabled: false
                        """));
    }

    @Test
    void appliesMergeKeysWithExplicitKeysWinning() {
        ConfigNode root = tree("""
                base: &base
                  coro: 2
                  enabled: false
                w:
                  <<: *base
                  enabled: true
                """);
        assertEquals(2L, root.get("w").integer("coro"));
        assertEquals(true, root.get("w").bool("enabled"));
        assertEquals(List.of("coro", "enabled"), List.copyOf(root.get("w").keys()));
    }

    @Test
    void boundsAliasExpansion() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char previous = 'a';
        for (char level = 'b'; level <= 'k'; level++) {
            bomb.append(level).append(": &").append(level).append(" [");
            bomb.append(("*" + previous + ", ").repeat(9))
                    .append('*')
                    .append(previous)
                    .append("]\n");
            previous = level;
        }
        String message = error(bomb.toString());
        assertTrue(message.contains("too many") || message.contains("aliases"), message);
    }

    @Test
    void refusesASecondDocumentAndANonMappingRoot() {
        assertEquals(
                "config.yml:3:1: this is a second YAML document; a config.yml is one document (remove the '---' before it)",
                error("a: 1\n---\nb: 2\n"));
        assertTrue(error("- a\n- b\n").startsWith("config.yml:1:1: the file must be a mapping"), error("- a\n"));
        assertEquals("config.yml: the file is empty; a config.yml is a mapping of sections", error(""));
    }

    @Test
    void reportsSyntaxErrorsWithTheirPlace() {
        String message = error("a: [1, 2\nb: 3\n");
        assertTrue(message.startsWith("config.yml:"), message);
        assertTrue(message.contains("invalid YAML"), message);
    }
}
