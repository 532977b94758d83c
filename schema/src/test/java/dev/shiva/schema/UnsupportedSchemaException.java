package dev.shiva.schema;

/**
 * The schema uses a construct the reference-page generator does not interpret. Thrown rather than
 * skipped, so that the page can never silently leave out a key when the schema grows: whoever adds
 * the construct also teaches the generator how to document it.
 */
final class UnsupportedSchemaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnsupportedSchemaException(String pointer, String problem) {
        super("config.schema.json at '" + pointer + "': " + problem
                + " (teach the reference-page generator in schema/src/test/java/dev/shiva/schema about it)");
    }
}
