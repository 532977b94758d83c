package dev.shiva.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/** The schema is a valid draft 2020-12 schema, fully described, and accepts and refuses what it should. */
class SchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The meta-schema's URI. networknt maps https://json-schema.org/... to the copy bundled in its
     * jar (classpath:draft/2020-12/schema and its vocabularies) before any resource loader runs, and
     * the default loader has no remote fetcher: nothing here touches the network.
     */
    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    private static SchemaRegistry registry;
    private static JsonNode schemaJson;
    private static Schema schema;

    @BeforeAll
    static void loadSchema() {
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        schemaJson = ReferenceDoc.loadSchema();
        schema = registry.getSchema(schemaJson);
    }

    @Test
    void schemaIsValidAgainstTheDraft202012MetaSchema() {
        Schema meta = registry.getSchema(SchemaLocation.of(META_SCHEMA));
        assertEquals(List.of(), describe(meta.validate(schemaJson)));
    }

    @Test
    void metaSchemaCheckCatchesABrokenSchema() throws IOException {
        // Guards the test above against passing vacuously (say, an empty meta-schema).
        Schema meta = registry.getSchema(SchemaLocation.of(META_SCHEMA));
        JsonNode broken = JSON.readTree("{\"type\": \"objekt\", \"required\": \"driver\"}");
        assertFalse(meta.validate(broken).isEmpty());
    }

    @Test
    void everyPropertyHasADescription() {
        List<String> missing = new ArrayList<>();
        collectUndescribed(schemaJson, "", missing);
        assertEquals(List.of(), missing, "properties without a description (their own or their $ref target's)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-example.yml", "orders-service.yml"})
    void sampleConfigIsValid(String name) throws IOException {
        Path file = Path.of(System.getProperty("shiva.samples.dir", "")).resolve(name);
        assertTrue(Files.isRegularFile(file), file + " not found (is shiva.samples.dir set?)");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonNode config = JSON.valueToTree(new Yaml().load(in));
            assertEquals(List.of(), describe(schema.validate(config)));
        }
    }

    static List<Arguments> invalidConfigs() {
        return List.of(
                Arguments.of("unknown top-level key", "app_name: demo\ncolour: red\n", "", "colour"),
                Arguments.of(
                        "wrong driver", """
                        connections:
                          db:
                            driver: mysql
                            config:
                              dsn: mysql://localhost/db
                        """,
                        "/connections/db/driver", "enumeration"),
                Arguments.of(
                        "worker without worker", """
                        workers:
                          intake:
                            dispatcher: web
                        """,
                        "/workers/intake", "'worker'"),
                Arguments.of(
                        "port that is not a number", """
                        common:
                          web:
                            port: abc
                        """,
                        "/common/web/port", "integer"),
                Arguments.of(
                        "policy GROUP", """
                        dispatchers:
                          jobs:
                            dispatcher: daemon_root
                            policy: GROUP
                        """,
                        "/dispatchers/jobs/policy", "enumeration"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidConfigs")
    void invalidConfigIsRefusedAtTheRightPlace(String what, String yaml, String location, String messagePart) {
        List<Error> errors = schema.validate(yaml(yaml));
        // The location is a JSON pointer into the config ("" is the top of the file); the message
        // part makes sure it is the expected error there, not an unrelated one.
        boolean found = errors.stream()
                .anyMatch(error -> error.getInstanceLocation().toString().equals(location)
                        && error.getMessage().contains(messagePart));
        assertTrue(
                found,
                what + ": expected an error at '" + location + "' mentioning " + messagePart + ", got "
                        + describe(errors));
    }

    @Test
    void placeholdersStandInForPortsAndBooleans() {
        String config = """
                common:
                  web:
                    port: ${PORT:8085}
                dispatchers:
                  web:
                    dispatcher: dispatcher_web
                    enabled: ${FLAG:true}
                """;
        assertEquals(List.of(), describe(schema.validate(yaml(config))));
    }

    /** SnakeYAML reads YAML 1.1 as the service does; Jackson gives the tree the validator wants. */
    private static JsonNode yaml(String text) {
        Object document = new Yaml().load(text);
        return JSON.valueToTree(document);
    }

    /** Walks every schema object; each entry of a {@code properties} must be described. */
    private static void collectUndescribed(JsonNode node, String pointer, List<String> missing) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUndescribed(node.get(i), pointer + "/" + i, missing);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String keyword = field.getKey();
            String childPointer = pointer + "/" + SchemaTree.pointerPart(keyword);
            // An if only tests a discriminator ({driver: {const: ...}}); it documents nothing.
            // Values of enum, const, default and x-shiva-* are data, not schemas.
            if (keyword.equals("if")
                    || keyword.equals("enum")
                    || keyword.equals("const")
                    || keyword.equals("default")
                    || keyword.startsWith("x-")) {
                continue;
            }
            if (keyword.equals("properties") && field.getValue().isObject()) {
                for (Map.Entry<String, JsonNode> property : field.getValue().properties()) {
                    if (!isDescribed(property.getValue())) {
                        missing.add(childPointer + "/" + SchemaTree.pointerPart(property.getKey()));
                    }
                    collectUndescribed(
                            property.getValue(),
                            childPointer + "/" + SchemaTree.pointerPart(property.getKey()),
                            missing);
                }
                continue;
            }
            collectUndescribed(field.getValue(), childPointer, missing);
        }
    }

    private static boolean isDescribed(JsonNode property) {
        JsonNode node = property;
        for (int hops = 0; hops < 20 && node != null; hops++) {
            if (node.path("description").isTextual()
                    && !node.get("description").textValue().isBlank()) {
                return true;
            }
            String ref = node.path("$ref").asText("");
            if (!ref.startsWith(SchemaTree.DEFS_PREFIX)) {
                return false;
            }
            node = schemaJson.path("$defs").get(ref.substring(SchemaTree.DEFS_PREFIX.length()));
        }
        return false;
    }

    private static List<String> describe(List<Error> errors) {
        return errors.stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .collect(Collectors.toList());
    }
}
