package dev.shiva.templates;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks views run in their compact constructors. Templates write values unescaped, so a view
 * refuses text that would change the structure of its file (a {@code <} in XML, a {@code "} inside
 * a quoted YAML string, a line break anywhere) instead of producing a file that parses wrongly.
 */
final class ViewChecks {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]+");
    /** A port number, or a Micronaut placeholder such as ${PORT:8085} resolved at startup. */
    private static final Pattern PORT_VALUE =
            Pattern.compile("[0-9]{1,5}|\\$\\{[A-Za-z_][A-Za-z0-9_.-]*(:[0-9]{1,5})?}");

    private static final Set<String> LOG_LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

    private ViewChecks() {}

    /** Non-blank, one line. */
    static String text(String component, String value) {
        Objects.requireNonNull(value, component);
        if (value.isBlank()) {
            throw new IllegalArgumentException(component + " must not be blank");
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(component + " must be one line: " + value);
        }
        return value;
    }

    /** Text written between XML tags: no markup characters. */
    static String xmlText(String component, String value) {
        return refuse(component, text(component, value), "<&", "XML markup");
    }

    /** Text written inside a double-quoted YAML string: no quote or escape character. */
    static String yamlQuoted(String component, String value) {
        return refuse(component, text(component, value), "\"\\", "a quote or backslash");
    }

    /** A YAML mapping key or a bare identifier-like word (connection names, levels, ports). */
    static String key(String component, String value) {
        if (!KEY.matcher(text(component, value)).matches()) {
            throw new IllegalArgumentException(
                    component + " may only hold letters, digits, '_', '.' and '-': " + value);
        }
        return value;
    }

    /** Text written in a Markdown table cell. */
    static String tableCell(String component, String value) {
        return refuse(component, text(component, value), "|", "'|'");
    }

    static <T> List<T> list(String component, List<T> values) {
        return List.copyOf(Objects.requireNonNull(values, component));
    }

    static <T> Optional<T> optional(String component, Optional<T> value) {
        return Objects.requireNonNull(value, component + " (use Optional.empty())");
    }

    static int port(String component, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(component + " must be a TCP port (1-65535): " + port);
        }
        return port;
    }

    /** What YAML gets as a port: written unquoted, so it must be a number or a placeholder. */
    static String portValue(String component, String value) {
        if (!PORT_VALUE.matcher(text(component, value)).matches()) {
            throw new IllegalArgumentException(
                    component + " must be a port number or a placeholder such as ${PORT:8085}: " + value);
        }
        return value;
    }

    /** A logback level name, as logback spells it. */
    static String logLevel(String component, String value) {
        if (!LOG_LEVELS.contains(text(component, value))) {
            throw new IllegalArgumentException(component + " must be one of " + LOG_LEVELS + ": " + value);
        }
        return value;
    }

    private static String refuse(String component, String value, String characters, String what) {
        for (char c : characters.toCharArray()) {
            if (value.indexOf(c) >= 0) {
                throw new IllegalArgumentException(component + " must not contain " + what + ": " + value);
            }
        }
        return value;
    }
}
