package dev.shiva.templates;

/**
 * A template refers to a name its view does not have (or whose value is absent where text is
 * written). Mustache would silently render an empty string; a generated pom.xml or config with a
 * hole in it is worse than no file, so rendering stops here.
 */
public final class MissingTemplateValueException extends TemplateException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final int line;

    MissingTemplateValueException(String template, int line, String key, String problem) {
        super(template, "line " + line + ": {{" + key + "}} " + problem, null);
        this.key = key;
        this.line = line;
    }

    /** The name the template asked for, as written between the braces. */
    public String key() {
        return key;
    }

    /** The line of the template where the name is used (1-based). */
    public int line() {
        return line;
    }
}
