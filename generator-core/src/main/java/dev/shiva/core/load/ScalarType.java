package dev.shiva.core.load;

/** The YAML 1.1 core types a config.yml scalar can have. */
public enum ScalarType {
    STRING("a string"),
    INTEGER("an integer"),
    FLOAT("a number"),
    BOOLEAN("a boolean"),
    NULL("null");

    private final String description;

    ScalarType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
