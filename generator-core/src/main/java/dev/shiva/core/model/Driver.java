package dev.shiva.core.model;

import java.util.Arrays;
import java.util.Optional;

/** The connection drivers of config.yml ({@code connections.<key>.driver}). */
public enum Driver {
    POSTGRES("postgres"),
    REDIS("redis"),
    MONGODB("mongodb"),
    S3("s3"),
    RMQ("rmq");

    private final String yamlName;

    Driver(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<Driver> ofYaml(String name) {
        return Arrays.stream(values()).filter(d -> d.yamlName.equals(name)).findFirst();
    }
}
