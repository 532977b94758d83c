package dev.shiva.runtime.internal.config;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Types a scalar the way PyYAML (YAML 1.1) does, into the values a {@link dev.shiva.runtime.ConfigNode}
 * holds: String, Long, Double, Boolean or null. Underscores in numbers, 0x/0b/leading-0 octal and
 * base-60 integers, .inf/.nan floats; timestamps stay text (no config key takes a date).
 */
final class Yaml11Scalars {

    private static final Resolver RESOLVER = new Resolver();
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Yaml11Scalars() {}

    /** The tag a plain scalar with this text resolves to, as if it had been written in the file. */
    static Tag resolvePlain(String text) {
        return RESOLVER.resolve(NodeId.scalar, text, true);
    }

    /** The typed value of a scalar resolved to {@code tag}; {@link Untypable} when it has none. */
    static Object type(Tag tag, String text) {
        if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP)) {
            return text;
        }
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            String lower = text.toLowerCase(Locale.ROOT);
            return lower.equals("true") || lower.equals("yes") || lower.equals("on");
        }
        if (tag.equals(Tag.INT)) {
            BigInteger value = parseInteger(text).orElseThrow(() -> new Untypable("'" + text + "' is not an integer"));
            if (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0) {
                throw new Untypable("the integer " + text + " does not fit in 64 bits");
            }
            return value.longValue();
        }
        if (tag.equals(Tag.FLOAT)) {
            return parseFloat(text).orElseThrow(() -> new Untypable("'" + text + "' is not a number"));
        }
        throw new Untypable("the tag " + tag + " is not supported: config.yml holds strings, numbers, booleans,"
                + " lists and mappings");
    }

    /** Why a scalar has no value a config can hold. */
    static final class Untypable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Untypable(String message) {
            super(message, null, false, false);
        }
    }

    private static Optional<BigInteger> parseInteger(String raw) {
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
            BigInteger result = BigInteger.ZERO;
            for (String digit : text.split(":")) {
                result = result.multiply(BigInteger.valueOf(60)).add(new BigInteger(digit));
            }
            return result;
        }
        if (text.length() > 1 && text.startsWith("0")) {
            return new BigInteger(text.substring(1), 8);
        }
        return new BigInteger(text);
    }

    private static Optional<Double> parseFloat(String raw) {
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
