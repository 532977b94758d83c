package dev.shiva.templates;

/** A template could not be found, compiled or rendered. The message always names the template. */
public class TemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String template;

    public TemplateException(String template, String message, Throwable cause) {
        super(template + ": " + message, cause);
        this.template = template;
    }

    /** The template's resource name, such as {@code pom.xml.mustache}. */
    public String template() {
        return template;
    }
}
