package dev.shiva.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.shiva.core.diag.Diagnostic;
import dev.shiva.core.load.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON Schema of config.yml (shipped by the schema module), applied to a loaded document. Every
 * violation comes back as a located diagnostic, with anyOf noise collapsed.
 */
public final class ConfigSchema {

    /** Classpath location of the schema; also what {@code shiva schema} prints. */
    public static final String RESOURCE = "/dev/shiva/schema/config.schema.json";

    private final Schema schema;
    private final SchemaDocument document;
    private final Set<String> discriminators;

    private ConfigSchema(JsonNode json) {
        this.document = new SchemaDocument(json);
        this.discriminators = document.discriminators();
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(withoutAnnotations(json.deepCopy()));
    }

    public static ConfigSchema load() {
        try (InputStream in = ConfigSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema resource " + RESOURCE + " is missing from the classpath");
            }
            return new ConfigSchema(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema resource " + RESOURCE, e);
        }
    }

    /**
     * shiva's own {@code x-shiva-*} annotations are for messages and docs; the validator would
     * only warn about keywords it does not know.
     */
    private static JsonNode withoutAnnotations(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(field -> field.getKey().startsWith("x-shiva-"));
        }
        node.forEach(ConfigSchema::withoutAnnotations);
        return node;
    }

    public List<Diagnostic> validate(SourceDocument source) {
        JsonNode instance = JsonTrees.toJson(source.root());
        List<SchemaError> raw =
                schema.validate(instance).stream().map(SchemaError::of).collect(Collectors.toList());
        DeclaredKeys declared = new DeclaredKeys(document, instance);
        SchemaMessages messages = new SchemaMessages(document, source.root(), declared);
        return NoiseFilter.filter(raw, source.root(), declared, discriminators).stream()
                .map(messages::translate)
                .collect(Collectors.toList());
    }
}
