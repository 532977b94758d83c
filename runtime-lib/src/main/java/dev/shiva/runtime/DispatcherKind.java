package dev.shiva.runtime;

/** The dispatcher types of config.yml ({@code dispatcher:}), as the runtime runs them. */
public enum DispatcherKind {
    RMQ("rmq"),
    WEB("dispatcher_web"),
    DAEMON("daemon_root"),
    METRICS("metrics_root");

    private final String yamlName;

    DispatcherKind(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }
}
