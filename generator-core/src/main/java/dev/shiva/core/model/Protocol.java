package dev.shiva.core.model;

/**
 * How a dispatcher hands messages to its workers, which decides what their generated classes hold:
 * route methods (routed BPM), a {@code handle} override (unrouted BPM), what a user protocol asks
 * for (custom), or nothing message-shaped (every non-rmq dispatcher).
 *
 * @param name the {@code proto} of config.yml (a class name for a custom protocol); empty for NONE
 */
public record Protocol(Kind kind, String name) {

    public enum Kind {
        NONE,
        ROUTED_BPM,
        UNROUTED_BPM,
        CUSTOM
    }

    public static final Protocol NONE = new Protocol(Kind.NONE, "");
}
