package dev.shiva.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The config.yml of {@code shiva new}. That it validates is checked by running
 * {@code ./shiva validate} on it (generator-core owns the validator); here: its meaning.
 */
class NewConfigTemplateTest {
    /** A commented-out line of YAML (a key or a list item), as opposed to a prose comment. */
    private static final Pattern COMMENTED_YAML = Pattern.compile("^(\\s*)# (\\s*(?:[A-Za-z_][\\w.-]*:(?: |$)|- ).*)$");

    private final String text = new TemplateRenderer().render(Templates.NEW_CONFIG, Fixtures.newConfig());
    private final YamlTree yml = YamlTree.parse(text);

    @Test
    void firstLinePointsEditorsAtTheSchema() {
        assertEquals(
                "# yaml-language-server: $schema=.shiva/config.schema.json",
                text.lines().findFirst().orElseThrow());
    }

    @Test
    void runsWithoutExternalServers() {
        assertEquals(
                Set.of("app_name", "common", "logging", "dispatchers", "workers"),
                yml.root().keySet());
        assertEquals("billing", yml.at("app_name"));
        assertEquals(1, yml.at("common", "coro_num"));
        assertEquals(Map.of("host", "0.0.0.0", "port", "${PORT:8085}"), yml.at("common", "web"));
        assertEquals(Map.of("level", "INFO"), yml.at("logging"));
    }

    @Test
    void thePortDefaultComesFromTheView() {
        String other =
                new TemplateRenderer().render(Templates.NEW_CONFIG, new NewConfigView("billing", "s.json", 9090));

        assertEquals("${PORT:9090}", YamlTree.parse(other).at("common", "web", "port"));
    }

    @Test
    void hasAWebADaemonAndAMetricsDispatcher() {
        assertEquals(
                Map.of("name", "web", "dispatcher", "dispatcher_web", "enabled", true), yml.at("dispatchers", "web"));
        assertEquals(
                Map.of("name", "daemons", "dispatcher", "daemon_root", "enabled", true, "policy", "CONFIG"),
                yml.at("dispatchers", "daemons"));
        assertEquals(
                Map.of("name", "metrics", "dispatcher", "metrics_root", "enabled", true, "uri", "/metrics"),
                yml.at("dispatchers", "metrics"));
    }

    @Test
    void runsOneHeartbeatDaemon() {
        assertEquals(Set.of("heartbeat"), yml.map("workers").keySet());
        Map<?, ?> heartbeat = yml.map("workers", "heartbeat");
        assertEquals("heartbeat", heartbeat.get("worker"));
        assertEquals("heartbeat", heartbeat.get("name"));
        assertEquals("daemons", heartbeat.get("dispatcher"));
        assertEquals(true, heartbeat.get("enabled"));
        assertEquals(1, heartbeat.get("coro"));
        assertEquals(Map.of("interval_seconds", 5, "message", "billing is alive"), heartbeat.get("config"));
    }

    @Test
    void everyTopLevelSectionIsIntroducedByAComment() {
        List<String> lines = text.lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean topLevel = line.matches("(# )?[a-z_]+:.*") && !line.startsWith("# yaml-language-server");
            if (topLevel && !lines.get(i - 1).isBlank() && lines.get(i - 1).startsWith("#")) {
                continue;
            }
            assertFalse(topLevel, "no comment above line " + (i + 1) + ": " + line);
        }
    }

    @Test
    void theCommentedOutPartsFormAConsistentConfigOnceUncommented() {
        YamlTree all = YamlTree.parse(uncomment(text));

        assertEquals(
                Set.of("app_name", "common", "scopes", "logging", "connections", "dispatchers", "workers"),
                all.root().keySet());
        assertEquals("postgres", all.at("connections", "postgres", "driver"));
        assertEquals("redis", all.at("connections", "redis", "driver"));
        assertEquals("rmq", all.at("connections", "rmq", "driver"));
        assertTrue(((String) all.at("connections", "postgres", "config", "dsn")).contains("127.0.0.1"));
        assertEquals("${SENTRY_DSN}", all.at("logging", "sentry", "dsn"));

        Map<?, ?> esb = all.map("dispatchers", "esb");
        assertEquals("rmq", esb.get("dispatcher"));
        assertEquals(true, esb.get("enabled"));
        assertTrue(all.map("connections").containsKey(esb.get("connection")));
        Map<?, ?> exchanges = all.map("dispatchers", "esb", "config", "exchanges");
        Object deadLetters = all.at(
                "dispatchers",
                "esb",
                "config",
                "exchanges",
                "ESB",
                "queues",
                "billing_in",
                "config",
                "additional",
                "x-dead-letter-exchange");
        assertTrue(exchanges.containsKey(deadLetters), "dead letters go to an exchange that exists");

        Map<?, ?> ping = all.map("workers", "ping");
        assertEquals("esb", ping.get("dispatcher"));
        assertEquals(List.of("example.ping"), ping.get("routes"));
        assertEquals(
                List.of("example.ping"),
                all.at("dispatchers", "esb", "config", "exchanges", "ESB", "queues", "billing_in", "bindings"));
    }

    /** What an editor's "uncomment" does to the commented-out YAML; prose comments stay comments. */
    private static String uncomment(String yaml) {
        StringBuilder out = new StringBuilder();
        for (String line : yaml.lines().toList()) {
            Matcher matcher = COMMENTED_YAML.matcher(line);
            boolean yamlLine = matcher.matches() && !line.startsWith("# yaml-language-server");
            out.append(yamlLine ? matcher.group(1) + matcher.group(2) : line).append('\n');
        }
        return out.toString();
    }
}
