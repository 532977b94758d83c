package dev.shiva.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The one place where YAML names become Java identifiers: {@code order_handler} → {@code
 * OrderHandler}, {@code max_items} → {@code maxItems}, {@code order.create} → {@code orderCreate}.
 * Words are split on anything that is not a letter or digit and on case changes already present; a
 * name with no letter or digit has no Java form. Keywords and the names of {@link Object}'s
 * methods get a trailing underscore, so that a record accessor never clashes with them.
 */
public final class JavaNames {

    private static final Set<String> OBJECT_METHODS =
            Set.of("hashCode", "toString", "getClass", "equals", "notify", "notifyAll", "wait", "clone", "finalize");

    private JavaNames() {}

    /** {@code order_handler} → {@code OrderHandler}. */
    public static Optional<String> className(String yamlName) {
        List<String> words = words(yamlName);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder name = new StringBuilder();
        words.forEach(word -> name.append(capitalize(word)));
        return Optional.of(leadingDigitSafe(name.toString()));
    }

    /** {@code max_items} → {@code maxItems}; {@code class} → {@code class_}. */
    public static Optional<String> memberName(String yamlName) {
        List<String> words = words(yamlName);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder name = new StringBuilder(words.get(0).toLowerCase(Locale.ROOT));
        words.subList(1, words.size()).forEach(word -> name.append(capitalize(word)));
        String identifier = leadingDigitSafe(name.toString());
        boolean reserved = SourceVersion.isKeyword(identifier) || OBJECT_METHODS.contains(identifier);
        return Optional.of(reserved ? identifier + "_" : identifier);
    }

    /** {@code max_items} → {@code MAX_ITEMS}. */
    public static Optional<String> constantName(String yamlName) {
        List<String> words = words(yamlName);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(leadingDigitSafe(String.join("_", words).toUpperCase(Locale.ROOT)));
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean boundary = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1));
            if (!Character.isLetterOrDigit(c) || c > 127 || boundary) {
                flush(word, words);
            }
            if (Character.isLetterOrDigit(c) && c <= 127) {
                word.append(c);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String leadingDigitSafe(String identifier) {
        return Character.isDigit(identifier.charAt(0)) ? "_" + identifier : identifier;
    }
}
