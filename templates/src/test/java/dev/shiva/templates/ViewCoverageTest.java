package dev.shiva.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every component of a view is used by its template: a view carries no dead data. */
class ViewCoverageTest {

    @Test
    void everyTemplateIsListedOnceWithItsOwnViewType() throws IllegalAccessException {
        List<Template<?>> templates = templates();

        assertEquals(7, templates.size());
        assertEquals(
                templates.size(),
                templates.stream().map(Template::viewType).distinct().count());
        assertEquals(
                templates.size(),
                templates.stream().map(Template::outputPath).distinct().count());
    }

    @Test
    void everyViewComponentAppearsInItsTemplate() throws IllegalAccessException {
        for (Template<?> template : templates()) {
            String text = source(template.resourceName());
            for (RecordComponent component : template.viewType().getRecordComponents()) {
                // {{name}}, {{#name}}, {{^name}} or a dotted path such as {{versions.name}}
                Pattern use = Pattern.compile("\\{\\{[#^]?([\\w]+\\.)*" + component.getName() + "[}.]");
                assertTrue(
                        use.matcher(text).find(),
                        template.resourceName() + " never uses "
                                + template.viewType().getSimpleName() + "." + component.getName());
            }
        }
    }

    private static List<Template<?>> templates() throws IllegalAccessException {
        List<Template<?>> templates = new ArrayList<>();
        for (Field field : Templates.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Template.class) {
                templates.add((Template<?>) field.get(null));
            }
        }
        return templates;
    }

    private static String source(String resourceName) {
        String path = TemplateRenderer.CLASSPATH_ROOT + "/" + resourceName;
        try (InputStream in = ViewCoverageTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("no template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
