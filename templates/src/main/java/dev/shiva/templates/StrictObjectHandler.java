package dev.shiva.templates;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.ValueCode;
import com.github.mustachejava.reflect.GuardedBinding;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Finds values on views through reflection, like mustache.java's default handler (which reads
 * record accessors such as {@code groupId()} because it looks for a method named exactly like the
 * key first), but turns a name that no scope has into an error instead of an empty string.
 */
final class StrictObjectHandler extends ReflectionObjectHandler {

    @Override
    public Binding createBinding(String name, TemplateContext context, Code code) {
        return new StrictBinding(this, name, context, code);
    }

    /** One {@code {{name}}} or section tag of a template; checks each lookup it makes. */
    private static final class StrictBinding extends GuardedBinding {
        private final String name;
        private final TemplateContext context;
        private final boolean writesText;

        StrictBinding(StrictObjectHandler handler, String name, TemplateContext context, Code code) {
            super(handler, name, context, code);
            this.name = name;
            this.context = context;
            // Sections may legitimately see an empty Optional (they render nothing or their ^branch);
            // a value tag that would print nothing is a hole in the output.
            this.writesText = code instanceof ValueCode;
        }

        @Override
        protected synchronized Wrapper getWrapper(String key, List<Object> scopes) {
            Wrapper wrapper = super.getWrapper(key, scopes);
            if (wrapper instanceof MissingWrapper) {
                throw new MissingTemplateValueException(
                        context.file(), context.line(), key, "is not in the view (looked in " + describe(scopes) + ")");
            }
            return wrapper;
        }

        @Override
        public Object get(List<Object> scopes) {
            Object value = super.get(scopes);
            if (value == null && writesText) {
                throw new MissingTemplateValueException(
                        context.file(), context.line(), name, "has no value (null or empty Optional)");
            }
            return value;
        }

        private static String describe(List<Object> scopes) {
            return scopes.stream()
                    .filter(Objects::nonNull)
                    .map(scope -> scope.getClass().getSimpleName())
                    .collect(Collectors.joining(", "));
        }
    }
}
