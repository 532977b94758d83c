package dev.shiva.core.load;

import java.math.BigInteger;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a resolved YAML 1.1 scalar into a typed value the way PyYAML reads it (Python Shiva's
 * loader): SnakeYAML's own YAML 1.1 constructors do the work (underscores, 0x/0b/leading-0 octal
 * and base-60 integers, .inf/.nan floats, yes/on booleans), so both loaders agree by construction.
 */
final class Yaml11Scalars {

    private static final Scalars SCALARS = new Scalars();

    private Yaml11Scalars() {}

    /** The typed scalar, or empty when the tag is not a core type config.yml can hold. */
    static Optional<TypedValue> type(org.yaml.snakeyaml.nodes.ScalarNode node) {
        Tag tag = node.getTag();
        if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP)) {
            // Timestamps stay text: no config key takes a date, and text keeps what was written.
            return Optional.of(new TypedValue(ScalarType.STRING, node.getValue()));
        }
        if (tag.equals(Tag.NULL)) {
            return Optional.of(new TypedValue(ScalarType.NULL, null));
        }
        try {
            if (tag.equals(Tag.BOOL)) {
                return Optional.of(new TypedValue(ScalarType.BOOLEAN, SCALARS.bool(node)));
            }
            if (tag.equals(Tag.INT)) {
                return Optional.of(new TypedValue(ScalarType.INTEGER, SCALARS.integer(node)));
            }
            if (tag.equals(Tag.FLOAT)) {
                return Optional.of(new TypedValue(ScalarType.FLOAT, SCALARS.floating(node)));
            }
        } catch (YAMLException | NumberFormatException e) {
            return Optional.empty(); // an explicit !!int on text that is no integer
        }
        return Optional.empty();
    }

    record TypedValue(ScalarType type, Object value) {}

    /** Access to SnakeYAML's YAML 1.1 scalar constructors. */
    private static final class Scalars extends SafeConstructor {

        Scalars() {
            super(new LoaderOptions());
        }

        Boolean bool(org.yaml.snakeyaml.nodes.ScalarNode node) {
            return (Boolean) new ConstructYamlBool().construct(node);
        }

        BigInteger integer(org.yaml.snakeyaml.nodes.ScalarNode node) {
            Object value = new ConstructYamlInt().construct(node);
            return value instanceof BigInteger big ? big : BigInteger.valueOf(((Number) value).longValue());
        }

        Double floating(org.yaml.snakeyaml.nodes.ScalarNode node) {
            return (Double) new ConstructYamlFloat().construct(node);
        }
    }
}
