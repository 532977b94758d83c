package dev.shiva.core.model;

import java.util.Arrays;
import java.util.Optional;

/** The dispatcher types of config.yml ({@code dispatcher:}). */
public enum DispatcherType {
    RMQ("rmq"),
    WEB("dispatcher_web"),
    DAEMON("daemon_root"),
    METRICS("metrics_root");

    private final String yamlName;

    DispatcherType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<DispatcherType> ofYaml(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
    }
}
