package dev.shiva.schema;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Entry point of the reference-page generator: config.schema.json in, docs/config-reference.md out. */
final class ReferenceDoc {

    /** Where the schema lives in the repository; named on the page so readers know what to edit. */
    static final String SCHEMA_SOURCE = "schema/src/main/resources/dev/shiva/schema/config.schema.json";

    /** The same file on the classpath. */
    static final String SCHEMA_RESOURCE = "/dev/shiva/schema/config.schema.json";

    /** Repeated keys would silently keep only the last one, and the page would lose the other. */
    private static final JsonMapper STRICT_JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ReferenceDoc() {}

    static JsonNode loadSchema() {
        try (InputStream in = ReferenceDoc.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is not on the classpath");
            }
            return STRICT_JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
        }
    }

    /** The whole page for {@code schema}; throws {@link UnsupportedSchemaException} on constructs it cannot document. */
    static String render(JsonNode schema) {
        SchemaTree tree = new SchemaTree(schema);
        var sections = new SchemaWalker(tree).walk();
        String title = schema.path("title").asText("config.yml");
        String description = schema.path("description").asText("");
        return new MarkdownRenderer().render(title, description, sections);
    }
}
