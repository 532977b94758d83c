package dev.shiva.core.validate;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostics;
import dev.shiva.core.load.ListNode;
import dev.shiva.core.load.MapEntry;
import dev.shiva.core.load.MapNode;
import dev.shiva.core.load.PathNames;
import dev.shiva.core.load.ScalarNode;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.load.SourceNode;
import java.util.regex.Pattern;

/**
 * Placeholders are {@code ${NAME}} or {@code ${NAME:default}}, nothing else. Python Shiva rendered
 * the file with Mako, so {@code ${...}} could hold any Python expression; those are reported with
 * the reason, as are placeholders in keys, which would change the config's shape at startup.
 */
final class PlaceholderRule implements Rule {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern EXPRESSION_CHARS = Pattern.compile(".*[.()\\[\\]+\\-*/%'\"|!<>=, ].*");

    @Override
    public void check(SourceConfig config, Diagnostics out) {
        visit(config.document().root(), "", out);
    }

    private void visit(SourceNode node, String path, Diagnostics out) {
        if (node instanceof MapNode map) {
            for (MapEntry entry : map.entries()) {
                String child = PathNames.child(path, entry.name());
                if (entry.name().contains("${")) {
                    out.report(
                            Code.PLACEHOLDER_MALFORMED,
                            entry.key().location(),
                            child,
                            "a placeholder cannot stand in a key",
                            "keys decide the shape of the generated code; use a fixed name and put the placeholder in the value");
                }
                visit(entry.value(), child, out);
            }
        } else if (node instanceof ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                visit(list.items().get(i), PathNames.index(path, i), out);
            }
        } else if (node instanceof ScalarNode scalar && scalar.isString()) {
            checkScalar(scalar, path, out);
        }
    }

    private void checkScalar(ScalarNode scalar, String path, Diagnostics out) {
        String text = scalar.text();
        int start = text.indexOf("${");
        while (start >= 0) {
            int end = text.indexOf('}', start);
            if (end < 0) {
                out.report(
                        Code.PLACEHOLDER_MALFORMED,
                        scalar.location(),
                        path,
                        "unclosed placeholder '" + text.substring(start) + "'",
                        "close it with '}': ${NAME} or ${NAME:default}");
                return;
            }
            checkPlaceholder(text.substring(start, end + 1), scalar, path, out);
            start = text.indexOf("${", end + 1);
        }
    }

    private void checkPlaceholder(String placeholder, ScalarNode scalar, String path, Diagnostics out) {
        String inner = placeholder.substring(2, placeholder.length() - 1);
        int colon = inner.indexOf(':');
        String name = colon < 0 ? inner : inner.substring(0, colon);
        String fallback = colon < 0 ? "" : inner.substring(colon + 1);
        if (NAME.matcher(name).matches()) {
            if (fallback.contains("${")) {
                out.report(
                        Code.PLACEHOLDER_MALFORMED,
                        scalar.location(),
                        path,
                        "nested placeholder in '" + scalar.text() + "'",
                        "a default is plain text; set the variable instead of nesting placeholders");
            }
            return;
        }
        if (EXPRESSION_CHARS.matcher(name).matches()) {
            out.report(
                    Code.PLACEHOLDER_EXPRESSION,
                    scalar.location(),
                    path,
                    "'" + placeholder + "' is a Mako expression, which shiva does not evaluate",
                    "shiva replaces only ${NAME} and ${NAME:default} from the environment: compute the value outside and pass it in a variable");
            return;
        }
        out.report(
                Code.PLACEHOLDER_MALFORMED,
                scalar.location(),
                path,
                "'" + placeholder + "' is not a valid placeholder",
                "write ${NAME} or ${NAME:default}, NAME being letters, digits and '_', not starting with a digit");
    }
}
