package dev.shiva.runtime;

import dev.shiva.runtime.internal.rmq.BpmJson;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An inbound BPM message as a handler sees it: the envelope's fields and its {@code params} (see
 * SEMANTICS §8.1). {@code priority}, {@code api_version} and {@code datetime_created} are ignored on
 * input, as in Python Shiva.
 *
 * <p>{@code params} three ways: {@link #params()} as a map (field order as received; nested objects
 * are maps, arrays lists, numbers {@code Integer}/{@code Long}/{@code BigInteger}/{@code BigDecimal});
 * {@link #params(Class)} bound to a type of yours; {@link #paramsJson()} as JSON text.
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
        // Not Map.copyOf: JSON params may hold nulls, and their order is kept.
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The route key this message is dispatched on: {@code <object>.<action>}. */
    public String routeKey() {
        return object + "." + action;
    }

    /**
     * The params bound to {@code type} with Micronaut serde (the service's {@code JsonMapper} on a
     * handler's thread), typically a record of yours:
     *
     * <pre>{@code
     * @Serdeable
     * public record OrderCreate(String orderId, int quantity, @Nullable String note) {}
     *
     * OrderCreate order = request.params(OrderCreate.class);
     * }</pre>
     *
     * Unknown fields are ignored; a component that is missing or null must be {@code @Nullable} (or
     * an {@code Optional}); serde's usual coercions apply ({@code "4"} for an {@code int}). {@code
     * params(JsonNode.class)} gives Micronaut's JSON tree, {@code params(Map.class)} a plain map.
     *
     * @throws BadParamsException when the params do not fit: the handler should let it propagate,
     *     the dispatcher then rejects the message without requeue with the reason {@code bad_params}
     * @throws IllegalArgumentException when {@code type} cannot be bound at all (not {@code
     *     @Serdeable}): a handler failure, it is the code's fault, not the message's
     */
    public <T> T params(Class<T> type) {
        RmqContext context = RmqContext.bound();
        return BpmJson.bindParams(this, type, context == null ? null : context.paramsMapper());
    }

    /** The params as a JSON object, compact, fields in the order received ({@code {}} when absent). */
    public String paramsJson() {
        return new String(BpmJson.toJson(params), StandardCharsets.UTF_8);
    }
}
