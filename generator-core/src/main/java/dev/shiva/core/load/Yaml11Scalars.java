package dev.shiva.core.load;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a resolved YAML 1.1 scalar into a typed value, the way PyYAML reads it (Python Shiva's
 * loader): underscores in numbers, 0x/0b/leading-0 octal and base-60 integers, .inf/.nan floats.
 */
final class Yaml11Scalars {

    private Yaml11Scalars() {}

    /** The typed scalar, or empty when the tag is not a core type config.yml can hold. */
    static Optional<TypedValue> type(Tag tag, String text) {
        if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP)) {
            // Timestamps stay text: no config key takes a date, and text keeps what was written.
            return Optional.of(new TypedValue(ScalarType.STRING, text));
        }
        if (tag.equals(Tag.NULL)) {
            return Optional.of(new TypedValue(ScalarType.NULL, null));
        }
        if (tag.equals(Tag.BOOL)) {
            return Optional.of(new TypedValue(ScalarType.BOOLEAN, parseBoolean(text)));
        }
        if (tag.equals(Tag.INT)) {
            return parseInteger(text).map(v -> new TypedValue(ScalarType.INTEGER, v));
        }
        if (tag.equals(Tag.FLOAT)) {
            return parseFloat(text).map(v -> new TypedValue(ScalarType.FLOAT, v));
        }
        return Optional.empty();
    }

    record TypedValue(ScalarType type, Object value) {}

    private static boolean parseBoolean(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.equals("true") || lower.equals("yes") || lower.equals("on");
    }

    static Optional<BigInteger> parseInteger(String raw) {
        String text = raw.replace("_", "");
        boolean negative = text.startsWith("-");
        if (text.startsWith("-") || text.startsWith("+")) {
            text = text.substring(1);
        }
        try {
            BigInteger magnitude = magnitude(text);
            return Optional.of(negative ? magnitude.negate() : magnitude);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static BigInteger magnitude(String text) {
        if (text.startsWith("0b")) {
            return new BigInteger(text.substring(2), 2);
        }
        if (text.startsWith("0x")) {
            return new BigInteger(text.substring(2), 16);
        }
        if (text.contains(":")) {
            return sexagesimal(text);
        }
        if (text.length() > 1 && text.startsWith("0")) {
            return new BigInteger(text.substring(1), 8);
        }
        return new BigInteger(text);
    }

    private static BigInteger sexagesimal(String text) {
        BigInteger result = BigInteger.ZERO;
        for (String digit : text.split(":")) {
            result = result.multiply(BigInteger.valueOf(60)).add(new BigInteger(digit));
        }
        return result;
    }

    static Optional<Double> parseFloat(String raw) {
        String text = raw.replace("_", "").toLowerCase(Locale.ROOT);
        double sign = text.startsWith("-") ? -1 : 1;
        if (text.startsWith("-") || text.startsWith("+")) {
            text = text.substring(1);
        }
        if (text.equals(".inf")) {
            return Optional.of(sign * Double.POSITIVE_INFINITY);
        }
        if (text.equals(".nan")) {
            return Optional.of(Double.NaN);
        }
        try {
            if (text.contains(":")) {
                double result = 0;
                for (String digit : text.split(":")) {
                    result = result * 60 + Double.parseDouble(digit);
                }
                return Optional.of(sign * result);
            }
            return Optional.of(sign * Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
