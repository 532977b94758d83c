package dev.shiva.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generator's rules on small schemas, including its refusal of constructs it cannot document. */
class SchemaWalkerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void documentsPropertiesMapsPlaceholdersAndBranches() throws Exception {
        JsonNode schema = JSON.readTree("""
                {
                  "type": "object",
                  "properties": {
                    "things": {
                      "description": "Things by key.",
                      "type": "object",
                      "additionalProperties": { "$ref": "#/$defs/thing" }
                    }
                  },
                  "$defs": {
                    "placeholder": { "type": "string" },
                    "thing": {
                      "description": "One thing.",
                      "type": "object",
                      "properties": {
                        "kind": { "description": "Kind.", "enum": ["a", "b"] },
                        "size": {
                          "description": "Size.",
                          "anyOf": [ { "type": "integer", "minimum": 1 }, { "$ref": "#/$defs/placeholder" } ],
                          "default": 1
                        }
                      },
                      "required": ["kind"],
                      "allOf": [
                        { "if": { "properties": { "kind": { "const": "a" } }, "required": ["kind"] },
                          "then": { "properties": { "extra": { "description": "Only for a.", "type": "string" } },
                                    "required": ["extra"] } }
                      ]
                    }
                  }
                }
                """);
        List<DocSection> sections = new SchemaWalker(new SchemaTree(schema)).walk();

        assertEquals(
                List.of("Top level", "`things`", "`things.<thing>` when `kind` is `a`"),
                sections.stream().map(DocSection::title).collect(Collectors.toList()));
        assertEquals(
                List.of("things.<thing>", "things.<thing>.kind", "things.<thing>.size"),
                sections.get(1).keys().stream().map(DocumentedKey::path).collect(Collectors.toList()));
        DocumentedKey size = sections.get(1).keys().get(2);
        assertEquals("integer ≥ 1 or a `${VAR}` placeholder", size.type());
        assertEquals("`1`", size.defaultValue());
        assertEquals("one of `a` | `b`", sections.get(1).keys().get(1).type());
        DocumentedKey extra = sections.get(2).keys().get(0);
        assertEquals("things.<thing>.extra", extra.path());
        assertTrue(extra.required());
        assertEquals("Only when `things.<thing>.kind` is `a`.", sections.get(2).intro());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a keyword the generator does not know
                "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\", \"oneOf\": []}}}",
                // a $ref outside #/$defs
                "{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"other.json#/x\"}}}",
                // an if that is not a discriminator
                "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"object\", \"properties\": {\"k\":"
                        + " {\"type\": \"string\"}}, \"allOf\": [{\"if\": {\"required\": [\"k\"]}, \"then\": {}}]}}}",
                // a list of mappings, which would need its own table
                "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"array\", \"items\": {\"type\": \"object\","
                        + " \"properties\": {\"b\": {\"type\": \"string\"}}}}}}",
                // no way to tell the type
                "{\"type\": \"object\", \"properties\": {\"a\": {\"description\": \"?\"}}}",
                // required naming a key that does not exist
                "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"object\", \"required\": [\"b\"]}}}"
            })
    void refusesWhatItCannotDocument(String json) throws Exception {
        JsonNode schema = JSON.readTree(json);
        assertThrows(UnsupportedSchemaException.class, () -> ReferenceDoc.render(schema));
    }
}
