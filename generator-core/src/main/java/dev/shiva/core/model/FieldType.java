package dev.shiva.core.model;

/** The type of a config component: a scalar, a list of some type, or a nested record. */
public sealed interface FieldType permits FieldType.Scalar, FieldType.ListOf, FieldType.Nested {

    /** A scalar of the given kind; {@link ValueKind#UNKNOWN} (only empty values seen) reads as text. */
    record Scalar(ValueKind kind) implements FieldType {}

    record ListOf(FieldType element) implements FieldType {}

    record Nested(ConfigRecord record) implements FieldType {}
}
