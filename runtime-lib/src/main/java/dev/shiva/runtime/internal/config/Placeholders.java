package dev.shiva.runtime.internal.config;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${NAME}} and {@code ${NAME:default}} in scalar strings, replaced from the environment when
 * the service starts. Python Shiva rendered config.yml as a Mako template, where {@code ${...}} could
 * hold any Python expression; only these two forms exist here, and anything else written as
 * {@code ${...}} is an error rather than text that silently stays unreplaced.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Function<String, String> environment;

    Placeholders(Function<String, String> environment) {
        this.environment = environment;
    }

    static boolean contains(String text) {
        return text.contains("${");
    }

    /** True when the whole text is one placeholder, which may then stand for a number or boolean. */
    static boolean isSinglePlaceholder(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        return matcher.matches();
    }

    /** The text with every placeholder replaced; a {@link Unresolvable} says which one failed. */
    String substitute(String text) {
        if (!contains(text)) {
            return text;
        }
        StringBuilder result = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int end = 0;
        while (matcher.find()) {
            result.append(text, end, matcher.start());
            result.append(valueOf(matcher.group(1)));
            end = matcher.end();
        }
        String rest = text.substring(end);
        if (rest.contains("${")) {
            throw new Unresolvable("unclosed placeholder '" + rest.substring(rest.indexOf("${"))
                    + "': write ${NAME} or ${NAME:default}");
        }
        return result.append(rest).toString();
    }

    private String valueOf(String inner) {
        int colon = inner.indexOf(':');
        String name = colon < 0 ? inner : inner.substring(0, colon);
        Optional<String> fallback = colon < 0 ? Optional.empty() : Optional.of(inner.substring(colon + 1));
        if (!NAME.matcher(name).matches()) {
            throw new Unresolvable("'${" + inner + "}' is not a placeholder: write ${NAME} or ${NAME:default},"
                    + " NAME being an environment variable");
        }
        String value = environment.apply(name);
        if (value != null) {
            return value;
        }
        return fallback.orElseThrow(
                () -> new Unresolvable("environment variable " + name + " is not set and has no default"));
    }

    /** Why a placeholder cannot be replaced. */
    static final class Unresolvable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unresolvable(String message) {
            super(message, null, false, false);
        }
    }
}
