package dev.shiva.runtime.internal.rmq;

import java.util.Map;

/** What a {@link dev.shiva.runtime.RoutedPublisher} publishes through: one per rmq dispatcher. */
public interface BpmPublishing {

    /** Builds the BPM body, publishes it, waits for the confirm; returns the new message id. */
    String publish(
            String exchange,
            String systemTo,
            String object,
            String action,
            Map<String, ?> params,
            String referenceId,
            String routingKey);
}
