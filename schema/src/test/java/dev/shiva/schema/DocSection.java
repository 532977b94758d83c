package dev.shiva.schema;

import java.util.List;

/**
 * A heading of the reference page and the keys documented under it.
 *
 * @param level 2 for a section of config.yml (common, connections, ...), 3 for a subsection
 * @param title inline Markdown
 * @param intro inline Markdown shown under the heading; may be empty
 * @param keys in schema order
 */
record DocSection(int level, String title, String intro, List<DocumentedKey> keys) {

    DocSection {
        keys = List.copyOf(keys);
    }
}
