package dev.shiva.schema;

import java.util.regex.Pattern;

/** The few Markdown escapes the reference page needs, in one place. */
final class Markdown {

    private static final Pattern SPECIAL_OUTSIDE_CODE = Pattern.compile("[\\\\_*<]");

    private Markdown() {}

    /** An inline code span; a value holding a backtick gets a double-backtick fence. */
    static String code(String value) {
        return value.contains("`") ? "`` " + value + " ``" : "`" + value + "`";
    }

    /**
     * Prose from the schema, where `...` marks code. Outside code spans, characters that Markdown
     * would read as emphasis or HTML are escaped: descriptions such as "B.<system>" or
     * "'_', '-'" must show as written, not vanish into a tag or turn italic.
     */
    static String text(String prose) {
        String[] parts = prose.split("`", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('`');
            }
            boolean insideCode = i % 2 == 1 && i < parts.length - 1;
            out.append(
                    insideCode
                            ? parts[i]
                            : SPECIAL_OUTSIDE_CODE.matcher(parts[i]).replaceAll("\\\\$0"));
        }
        return out.toString();
    }

    /** Inline Markdown made safe for one table cell: GFM splits cells on every '|', even in code. */
    static String cell(String inline) {
        return inline.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
    }
}
