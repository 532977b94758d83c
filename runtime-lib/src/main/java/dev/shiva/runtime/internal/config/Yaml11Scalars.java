package dev.shiva.runtime.internal.config;

import java.math.BigInteger;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Types a scalar the way PyYAML (YAML 1.1) does, into the values a {@link dev.shiva.runtime.ConfigNode}
 * holds: String, Long, Double, Boolean or null; timestamps stay text (no config key takes a date).
 */
final class Yaml11Scalars {

    private static final Resolver RESOLVER = new Resolver();
    private static final Constructors CONSTRUCTORS = new Constructors();
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
        try {
            if (tag.equals(Tag.BOOL)) {
                return CONSTRUCTORS.bool(text);
            }
            if (tag.equals(Tag.INT)) {
                return longValue(CONSTRUCTORS.integer(text), text);
            }
            if (tag.equals(Tag.FLOAT)) {
                return CONSTRUCTORS.floating(text);
            }
        } catch (YAMLException | NumberFormatException | ClassCastException e) {
            throw new Untypable("'" + text + "' is not " + (tag.equals(Tag.FLOAT) ? "a number" : "an integer"));
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

    private static long longValue(Object value, String text) {
        BigInteger integer = value instanceof BigInteger big ? big : BigInteger.valueOf(((Number) value).longValue());
        if (integer.compareTo(LONG_MIN) < 0 || integer.compareTo(LONG_MAX) > 0) {
            throw new Untypable("the integer " + text + " does not fit in 64 bits");
        }
        return integer.longValue();
    }

    /**
     * SnakeYAML's own YAML 1.1 scalar constructors (underscores, 0x/0b/leading-0 octal and base-60
     * integers, .inf/.nan floats, yes/on booleans): the generator's loader uses the same ones, so
     * the generator and the runtime read every value alike.
     */
    private static final class Constructors extends SafeConstructor {

        Constructors() {
            super(new LoaderOptions());
        }

        Boolean bool(String text) {
            return (Boolean) new ConstructYamlBool().construct(plain(Tag.BOOL, text));
        }

        Object integer(String text) {
            return new ConstructYamlInt().construct(plain(Tag.INT, text));
        }

        Double floating(String text) {
            return (Double) new ConstructYamlFloat().construct(plain(Tag.FLOAT, text));
        }

        private static ScalarNode plain(Tag tag, String text) {
            return new ScalarNode(tag, text, null, null, DumperOptions.ScalarStyle.PLAIN);
        }
    }
}
