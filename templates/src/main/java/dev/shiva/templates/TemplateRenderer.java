package dev.shiva.templates;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import com.github.mustachejava.MustacheNotFoundException;
import java.io.StringWriter;
import java.util.List;
import java.util.Objects;

/**
 * Renders the templates under {@code dev/shiva/templates/} on the classpath. Strict: a name the
 * view does not have is a {@link MissingTemplateValueException}, never an empty string. Values are
 * not escaped: views check that their text is safe for the file they end up in. Thread-safe;
 * compiled templates are cached, so keep one renderer around.
 */
public final class TemplateRenderer {
    static final String CLASSPATH_ROOT = "dev/shiva/templates";

    private final MustacheFactory factory = new PlainTextMustacheFactory(CLASSPATH_ROOT);

    /** Renders {@code template} with {@code view}; same view, same string. */
    public <V extends Record> String render(Template<V> template, V view) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(view, "view of " + template.resourceName());
        String name = template.resourceName();
        Mustache mustache = compile(name);
        StringWriter out = new StringWriter();
        try {
            // A view is the only scope: nothing else can leak into the output.
            mustache.execute(out, List.of(view));
        } catch (RuntimeException e) {
            throw rootCause(name, e);
        }
        return out.toString();
    }

    private Mustache compile(String name) {
        try {
            return factory.compile(name);
        } catch (MustacheNotFoundException e) {
            throw new TemplateException(name, "no such template under " + CLASSPATH_ROOT + "/ on the classpath", e);
        } catch (MustacheException e) {
            throw new TemplateException(name, "does not compile: " + e.getMessage(), e);
        }
    }

    /** mustache.java wraps what a binding throws; hand the caller the precise exception. */
    private static TemplateException rootCause(String name, RuntimeException thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof TemplateException found) {
                return found;
            }
        }
        return new TemplateException(name, "rendering failed: " + thrown.getMessage(), thrown);
    }
}
