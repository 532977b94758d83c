package dev.shiva.runtime.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shiva.runtime.ConfigException;
import dev.shiva.runtime.ConfigNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private static ConfigNode tree(String yaml, Map<String, String> environment) {
        return ConfigTreeBuilder.build(YamlReader.parse(yaml, "config.yml"), "config.yml", environment::get);
    }

    private static Object value(String scalar, Map<String, String> environment) {
        return tree("v: " + scalar + "\n", environment).get("v").scalarValue();
    }

    @Test
    void aWholePlaceholderIsTypedAgainAsYaml11() {
        assertEquals(8085L, value("${PORT:8085}", Map.of()));
        assertEquals(9000L, value("${PORT:8085}", Map.of("PORT", "9000")));
        assertEquals(true, value("${FLAG:true}", Map.of()));
        assertEquals(true, value("${FLAG}", Map.of("FLAG", "yes")));
        assertEquals(2.5, value("${RATIO:2.5}", Map.of()));
        ConfigNode root = tree("v: ${NOTHING:~}\n", Map.of());
        assertTrue(root.keys().contains("v") && root.find("v").isEmpty(), "an explicit YAML null stays null");
    }

    @Test
    void quotedOrEmbeddedPlaceholdersStayText() {
        assertEquals("8085", value("'${PORT:8085}'", Map.of()));
        assertEquals("port 8085", value("port ${PORT:8085}", Map.of()));
        assertEquals(
                "postgresql://app:pw@db:5432/orders",
                value("postgresql://${USER:app}:${PASS}@${HOST:db}:5432/orders", Map.of("PASS", "pw")));
        assertEquals("", value("${EMPTY:}", Map.of()), "an empty replacement is text, not null");
    }

    @Test
    void theReplacedValueIsNotScannedAgain() {
        assertEquals("${OTHER}", value("${X}", Map.of("X", "${OTHER}")));
    }

    @Test
    void anUnsetVariableWithoutDefaultNamesTheVariableAndThePlace() {
        ConfigException e = assertThrows(ConfigException.class, () -> tree("""
                workers:
                  w:
                    config:
                      dsn: ${ORDERS_PG_DSN}
                """, Map.of()));
        assertEquals(
                "config.yml:4:12: workers.w.config.dsn: environment variable ORDERS_PG_DSN is not set and has no default",
                e.getMessage());
    }

    @Test
    void otherFormsOfPlaceholderAreErrors() {
        ConfigException expression =
                assertThrows(ConfigException.class, () -> tree("v: ${os.environ['X']}\n", Map.of()));
        assertEquals(
                "config.yml:1:4: v: '${os.environ['X']}' is not a placeholder: write ${NAME} or ${NAME:default},"
                        + " NAME being an environment variable",
                expression.getMessage());
        ConfigException unclosed = assertThrows(ConfigException.class, () -> tree("v: abc ${X\n", Map.of()));
        assertEquals(
                "config.yml:1:4: v: unclosed placeholder '${X': write ${NAME} or ${NAME:default}",
                unclosed.getMessage());
    }

    @Test
    void messagesNeverShowAPassword() {
        ConfigException e = assertThrows(
                ConfigException.class,
                () -> tree("dsn: amqp://guest:${PASS}@${HOST}/vhost\n", Map.of("PASS", "hunter2")));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertEquals("config.yml:1:6: dsn: environment variable HOST is not set and has no default", e.getMessage());
        assertEquals("see postgresql://app:***@db/orders", Secrets.redact("see postgresql://app:s3cr/t@x@db/orders"));
        assertEquals("amqp://guest:***@rabbit", Secrets.redact("amqp://guest:guest@rabbit"));
        assertEquals("redis://127.0.0.1:6379/0", Secrets.redact("redis://127.0.0.1:6379/0"));
    }
}
