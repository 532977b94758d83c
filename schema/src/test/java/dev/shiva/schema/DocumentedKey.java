package dev.shiva.schema;

import java.util.List;

/**
 * One key of config.yml as the reference page shows it. Every text field is inline Markdown.
 *
 * @param path dotted path from the top of the file; {@code <key>} stands for a user-chosen name
 * @param type the accepted values in words
 * @param required whether the key must be present when its parent is
 * @param defaultValue the value used when the key is absent, or null when there is none
 * @param description what the key does (empty when the schema has no description)
 * @param notes extra facts from the schema: formats, key names, rejected values
 */
record DocumentedKey(
        String path, String type, boolean required, String defaultValue, String description, List<String> notes) {

    DocumentedKey {
        notes = List.copyOf(notes);
    }
}
