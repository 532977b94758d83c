package dev.shiva.core.load;

import dev.shiva.core.diag.Location;
import java.math.BigInteger;

/**
 * A YAML scalar with the type YAML 1.1 gives it (as PyYAML does: {@code yes}, {@code on} and
 * {@code True} are booleans) and its text as written. The value is a String, BigInteger, Double,
 * Boolean, or null for {@link ScalarType#NULL}.
 */
public record ScalarNode(Location location, ScalarType type, String text, Object value) implements SourceNode {

    public boolean isString() {
        return type == ScalarType.STRING;
    }

    public BigInteger integerValue() {
        return (BigInteger) value;
    }

    @Override
    public String kindName() {
        return type.description();
    }
}
