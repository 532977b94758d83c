package dev.shiva.templates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Just enough Markdown structure to assert on a README: sections, tables, lists, code blocks. */
final class Markdown {
    private final Map<String, List<String>> sections = new LinkedHashMap<>();

    private Markdown(String text) {
        List<String> current = new ArrayList<>();
        sections.put("", current);
        boolean inCode = false;
        for (String line : text.lines().toList()) {
            if (line.startsWith("```")) {
                inCode = !inCode;
            }
            if (!inCode && line.startsWith("#")) {
                current = new ArrayList<>();
                sections.put(line.replaceFirst("^#+ ", ""), current);
            } else {
                current.add(line);
            }
        }
    }

    static Markdown parse(String text) {
        return new Markdown(text);
    }

    List<String> headings() {
        return sections.keySet().stream().filter(h -> !h.isEmpty()).toList();
    }

    List<String> lines(String heading) {
        List<String> lines = sections.get(heading);
        if (lines == null) {
            throw new AssertionError("no section '" + heading + "' in " + sections.keySet());
        }
        return lines;
    }

    /** The rows of the section's table below its header and separator, as trimmed cells. */
    List<List<String>> tableRows(String heading) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines(heading)) {
            if (line.startsWith("|") && !line.startsWith("|---")) {
                rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                        .map(String::strip)
                        .toList());
            }
        }
        return rows.isEmpty() ? rows : rows.subList(1, rows.size());
    }

    List<String> bullets(String heading) {
        return lines(heading).stream()
                .filter(line -> line.startsWith("- "))
                .map(line -> line.substring(2))
                .toList();
    }

    /** The lines inside the section's fenced code blocks. */
    List<String> code(String heading) {
        List<String> code = new ArrayList<>();
        boolean inside = false;
        for (String line : lines(heading)) {
            if (line.startsWith("```")) {
                inside = !inside;
            } else if (inside) {
                code.add(line);
            }
        }
        return code;
    }
}
