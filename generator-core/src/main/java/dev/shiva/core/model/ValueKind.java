package dev.shiva.core.model;

import dev.shiva.core.load.ListNode;
import dev.shiva.core.load.MapNode;
import dev.shiva.core.load.ScalarNode;
import dev.shiva.core.load.SourceNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The Java-relevant kind of a free-form config value: what typed config records are built from.
 * A whole-value placeholder takes the kind of its default ({@code ${MAX:100}} is an integer); one
 * without a default, or an empty value, is {@link #UNKNOWN} and fits any kind.
 */
public enum ValueKind {
    STRING("a string"),
    INTEGER("an integer"),
    NUMBER("a number"),
    BOOLEAN("a boolean"),
    MAPPING("a mapping"),
    LIST("a list"),
    UNKNOWN("unknown");

    private static final Pattern WHOLE_PLACEHOLDER = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(?::([^}]*))?}");
    private static final Resolver YAML_11 = new Resolver();

    private final String description;

    ValueKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public static ValueKind of(SourceNode node) {
        if (node instanceof MapNode) {
            return MAPPING;
        }
        if (node instanceof ListNode) {
            return LIST;
        }
        ScalarNode scalar = (ScalarNode) node;
        return switch (scalar.type()) {
            case STRING -> ofText(scalar.text());
            case INTEGER -> INTEGER;
            case FLOAT -> NUMBER;
            case BOOLEAN -> BOOLEAN;
            case NULL -> UNKNOWN;
        };
    }

    private static ValueKind ofText(String text) {
        Matcher placeholder = WHOLE_PLACEHOLDER.matcher(text);
        if (!placeholder.matches()) {
            return STRING;
        }
        if (placeholder.group(1) == null) {
            return UNKNOWN;
        }
        Tag tag = YAML_11.resolve(NodeId.scalar, placeholder.group(1), true);
        if (tag.equals(Tag.INT)) {
            return INTEGER;
        }
        if (tag.equals(Tag.FLOAT)) {
            return NUMBER;
        }
        return tag.equals(Tag.BOOL) ? BOOLEAN : STRING;
    }

    /** The kind both values fit in: integers widen to numbers, unknown fits anything. */
    public Optional<ValueKind> unify(ValueKind other) {
        if (this == other || other == UNKNOWN) {
            return Optional.of(this);
        }
        if (this == UNKNOWN) {
            return Optional.of(other);
        }
        boolean numeric = (this == INTEGER || this == NUMBER) && (other == INTEGER || other == NUMBER);
        return numeric ? Optional.of(NUMBER) : Optional.empty();
    }
}
