package dev.shiva.runtime.internal.rmq;

import dev.shiva.runtime.ConfigNode;

/** What happens to a message when its handler fails (SEMANTICS §3.3); config.yml's {@code ack:}. */
public enum AckPolicy {
    /** Ack before the handler runs: at most once. */
    ACK_FIRST("ack-first"),
    /** Ack after the handler, even when it failed (the failure is logged and counted). */
    ACK("ack"),
    /** After the retries, reject without requeue: the broker dead-letters it where the queue has a DLX. */
    REJECT_ON_ERROR("reject-on-error"),
    /** After the retries, nack with requeue: the message comes back. */
    NACK_ON_ERROR("nack-on-error"),
    /** The handler settles the message itself through {@code RmqContext.current().settlement()}. */
    MANUAL("manual");

    public static final AckPolicy DEFAULT = REJECT_ON_ERROR;

    private final String yamlName;

    AckPolicy(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    static AckPolicy of(ConfigNode node) {
        String value = node.asString();
        for (AckPolicy policy : values()) {
            if (policy.yamlName.equals(value)) {
                return policy;
            }
        }
        throw node.error(
                "unknown ack policy '" + value + "'; use ack-first, ack, reject-on-error, nack-on-error or manual");
    }
}
