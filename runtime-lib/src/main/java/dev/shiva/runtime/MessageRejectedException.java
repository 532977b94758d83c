package dev.shiva.runtime;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A message the rmq dispatcher rejects without requeue: the broker dead-letters it where the queue
 * has a dead-letter exchange, the dispatcher logs one WARN line with the {@link #reason()} and the
 * message, and counts it in {@code shiva_rmq_rejected_total{reason}}. It is not retried and is not a
 * handler failure: the ack policy does not apply (unless the message was settled already, e.g. under
 * {@code ack-first}; then it is logged and counted as failed).
 *
 * <p>An {@link RmqProtocol} throws it from {@code decode} for a body it cannot read, and a protocol
 * or a handler may throw it while dispatching for a message that can never be handled (the runtime
 * throws its subclass {@link BadParamsException} when {@link BpmRequest#params(Class)} does not fit).
 */
public class MessageRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final Pattern REASON = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private final String reason;
    private final String messageId;

    /**
     * @param reason the meter tag: lower case letters, digits and {@code _} ({@code bad_csv}); keep
     *     the set of reasons small, every value is a time series
     * @param message why, for the log line
     */
    public MessageRejectedException(String reason, String message) {
        this(reason, message, null);
    }

    /** @param messageId the message's id when the protocol could read one, for the log line; may be null */
    public MessageRejectedException(String reason, String message, String messageId) {
        super(message, null, false, false);
        Objects.requireNonNull(reason, "reason");
        if (!REASON.matcher(reason).matches()) {
            throw new IllegalArgumentException(
                    "a rejection reason is a meter tag: [a-z][a-z0-9_]{0,39}, not '" + reason + "'");
        }
        this.reason = reason;
        this.messageId = messageId;
    }

    /** The {@code reason} tag of {@code shiva_rmq_rejected_total}. */
    public String reason() {
        return reason;
    }

    /** The message's id when known, else null. */
    public String messageId() {
        return messageId;
    }
}
