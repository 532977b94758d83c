package dev.shiva.runtime;

import java.util.Map;

/**
 * An inbound BPM message as a handler sees it: the envelope's fields and its {@code params} (see
 * SEMANTICS §8.1). {@code priority}, {@code api_version} and {@code datetime_created} are ignored on
 * input, as in Python Shiva.
 */
public record BpmRequest(
        String systemFrom,
        String systemTo,
        String object,
        String action,
        String referenceId,
        String messageId,
        Map<String, Object> params) {

    public BpmRequest {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** The route key this message is dispatched on: {@code <object>.<action>}. */
    public String routeKey() {
        return object + "." + action;
    }
}
