package dev.shiva.core.load;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostic;
import dev.shiva.core.diag.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Mako constructs Python Shiva evaluated before reading the YAML ({@code % if ...}
 * control lines, {@code <% %>} blocks and {@code <%tag>}s). shiva renders only {@code ${VAR}} and
 * {@code ${VAR:default}}, so each one is reported where it stands, before YAML parsing, whose own
 * error would only be confusing.
 */
final class MakoScanner {

    private static final Pattern CONTROL_LINE = Pattern.compile("^(\\s*)%(?!%)\\s*(\\w*)");
    private static final Pattern BLOCK_OR_TAG = Pattern.compile("</?%");

    private MakoScanner() {}

    static List<Diagnostic> scan(String text, String file) {
        List<Diagnostic> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            scanLine(lines[i], i + 1, file, found);
        }
        return found;
    }

    private static void scanLine(String line, int lineNumber, String file, List<Diagnostic> found) {
        Matcher control = CONTROL_LINE.matcher(line);
        if (control.find() && !isYamlDirective(control)) {
            int column = control.group(1).length() + 1;
            found.add(
                    new Diagnostic(
                            Code.MAKO_CONTROL,
                            new Location(file, lineNumber, column),
                            "",
                            "Mako control line '" + line.strip() + "' is not supported",
                            "shiva replaces only ${VAR} and ${VAR:default}; write the resulting YAML, or choose values with placeholders"));
            return;
        }
        Matcher tag = BLOCK_OR_TAG.matcher(line);
        if (tag.find() && !isInComment(line, tag.start())) {
            found.add(new Diagnostic(
                    Code.MAKO_CONTROL,
                    new Location(file, lineNumber, tag.start() + 1),
                    "",
                    "Mako block or tag '" + line.substring(tag.start()).strip() + "' is not supported",
                    "shiva replaces only ${VAR} and ${VAR:default}; remove the Mako code"));
        }
    }

    /** {@code %YAML 1.1} and {@code %TAG} at the start of a line are YAML directives, not Mako. */
    private static boolean isYamlDirective(Matcher control) {
        String word = control.group(2);
        return control.group(1).isEmpty() && (word.equals("YAML") || word.equals("TAG"));
    }

    private static boolean isInComment(String line, int index) {
        int hash = line.indexOf(" #");
        return line.stripLeading().startsWith("#") || (hash >= 0 && hash < index);
    }
}
