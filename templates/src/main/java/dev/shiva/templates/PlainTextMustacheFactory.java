package dev.shiva.templates;

import com.github.mustachejava.DefaultMustacheFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A mustache factory for pom.xml, YAML, Dockerfiles and the like: values are written as they are
 * (HTML escaping would turn {@code =} into {@code &#61;} in a YAML file), and missing names fail.
 * Compiled templates are cached by the parent class, keyed by resource name.
 */
final class PlainTextMustacheFactory extends DefaultMustacheFactory {

    PlainTextMustacheFactory(String classpathRoot) {
        super(classpathRoot);
        setObjectHandler(new StrictObjectHandler());
    }

    @Override
    public void encode(String value, Writer writer) {
        try {
            writer.write(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
