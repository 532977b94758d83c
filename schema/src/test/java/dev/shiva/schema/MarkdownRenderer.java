package dev.shiva.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lays the walked sections out as one Markdown page: a fixed introduction (how to read the page,
 * placeholders, editor support), a table of contents, then one table per section. Output depends
 * only on its input and uses '\n' line ends, so the same schema always gives the same bytes.
 */
final class MarkdownRenderer {

    static final String GENERATED_NOTICE = "<!-- Generated from " + ReferenceDoc.SCHEMA_SOURCE
            + " by ReferenceDocTest. Do not edit by hand: edit the schema, then run"
            + " `mvn -pl schema test -Dshiva.bless=true`. -->";

    private final StringBuilder out = new StringBuilder();

    String render(String title, String description, List<DocSection> sections) {
        line(GENERATED_NOTICE);
        line("");
        line("# " + Markdown.text(title) + " reference");
        line("");
        if (!description.isEmpty()) {
            line(Markdown.text(description));
            line("");
        }
        introduction();
        List<String> anchors = anchors(sections);
        contents(sections, anchors);
        for (int i = 0; i < sections.size(); i++) {
            section(sections.get(i), anchors.get(i));
        }
        return out.toString();
    }

    private void introduction() {
        line("This page is generated from the JSON Schema of config.yml (draft 2020-12), "
                + Markdown.code(ReferenceDoc.SCHEMA_SOURCE) + ". It lists every key the schema accepts.");
        line("");
        line("## Reading this page");
        line("");
        line("- **Key**: the dotted path from the top of config.yml. " + Markdown.code("<key>")
                + " (or a name such as " + Markdown.code("<exchange>") + ", " + Markdown.code("<queue>")
                + ") stands for a name you choose.");
        line("- **Type**: a *mapping* is a YAML mapping (" + Markdown.code("key: value")
                + " lines), a *list* a YAML sequence; *one of* lists the accepted values.");
        line("- **Required**: whether the key must be present when its parent is present.");
        line("- **Default**: what applies when the key is absent; — means no default.");
        line("- Keys under a heading \"... when " + Markdown.code("X") + " is " + Markdown.code("V")
                + "\" apply only when that key has that value.");
        line("");
        line("## Placeholders");
        line("");
        line("A value may be an environment placeholder, replaced when the service starts:");
        line("");
        line("- " + Markdown.code("${VAR}") + ": the value of the environment variable " + Markdown.code("VAR") + ";");
        line("- " + Markdown.code("${VAR:default}") + ": the value of " + Markdown.code("VAR") + ", or "
                + Markdown.code("default") + " when it is not set.");
        line("");
        line("A string key takes a placeholder like any other string (for example "
                + Markdown.code("dsn: ${PG_DSN:postgresql://127.0.0.1:5432/app}") + "). A key of another type"
                + " takes a placeholder only where its type below says \"or " + TypeWords.PLACEHOLDER_WORDS
                + "\", for example " + Markdown.code("port: ${PORT:8085}") + " or "
                + Markdown.code("enabled: ${FLAG:true}") + ". Keys cannot be placeholders.");
        line("");
        line("## Editor support");
        line("");
        line("Editors that use the YAML language server (such as VS Code with the Red Hat YAML extension)"
                + " validate and complete config.yml from the same schema. Print the schema with");
        line("");
        line("```sh");
        line("shiva schema > config.schema.json");
        line("```");
        line("");
        line("and put this line at the top of config.yml:");
        line("");
        line("```yaml");
        line("# yaml-language-server: $schema=<path or URL to config.schema.json>");
        line("```");
        line("");
        line("A relative path is resolved from the directory of config.yml.");
        line("");
    }

    private void contents(List<DocSection> sections, List<String> anchors) {
        line("## Contents");
        line("");
        for (int i = 0; i < sections.size(); i++) {
            DocSection section = sections.get(i);
            String indent = "  ".repeat(section.level() - 2);
            line(indent + "- [" + section.title() + "](#" + anchors.get(i) + ")");
        }
        line("");
    }

    private void section(DocSection section, String anchor) {
        // An explicit anchor: GitHub's own heading ids drop '<', '>' and '.', which would make
        // links to "connections.<key> when driver is s3" fragile.
        line("<a id=\"" + anchor + "\"></a>");
        line("");
        line("#".repeat(section.level()) + " " + section.title());
        line("");
        if (!section.intro().isEmpty()) {
            line(section.intro());
            line("");
        }
        if (section.keys().isEmpty()) {
            return;
        }
        line("| Key | Type | Required | Default | Description |");
        line("|-----|------|----------|---------|-------------|");
        for (DocumentedKey key : section.keys()) {
            // Notes go on lines of their own inside the cell; GFM tables allow no other line break.
            StringBuilder description = new StringBuilder(key.description());
            for (String note : key.notes()) {
                description.append(description.length() == 0 ? "" : "<br>").append(note);
            }
            line("| "
                    + String.join(
                            " | ",
                            Markdown.cell(Markdown.code(key.path())),
                            Markdown.cell(key.type()),
                            key.required() ? "yes" : "no",
                            key.defaultValue() == null ? "—" : Markdown.cell(key.defaultValue()),
                            Markdown.cell(description.toString()))
                    + " |");
        }
        line("");
    }

    /** One id per section, from its title's letters and digits, made unique in page order. */
    private static List<String> anchors(List<DocSection> sections) {
        Set<String> used = new HashSet<>();
        return sections.stream()
                .map(section -> {
                    String base = section.title()
                            .toLowerCase(Locale.ROOT)
                            .replaceAll("[^a-z0-9]+", "-")
                            .replaceAll("^-|-$", "");
                    String anchor = base;
                    for (int n = 2; !used.add(anchor); n++) {
                        anchor = base + "-" + n;
                    }
                    return anchor;
                })
                .toList();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
