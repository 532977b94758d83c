package dev.shiva.runtime;

/**
 * {@link BpmRequest#params(Class)} found params that do not fit the requested type: a value of the
 * wrong type, a component that is missing or null without {@code @Nullable}, a number out of range.
 * Thrown out of the handler, it rejects the message without requeue with the reason {@code
 * bad_params} (see {@link MessageRejectedException}): retrying could not make it fit.
 */
public final class BadParamsException extends MessageRejectedException {

    private static final long serialVersionUID = 1L;

    /** The {@code reason} tag of these rejections. */
    public static final String REASON = "bad_params";

    private final String route;
    private final transient Class<?> type;

    public BadParamsException(String route, Class<?> type, String detail, String messageId) {
        super(REASON, "params of " + route + " do not fit " + type.getSimpleName() + ": " + detail, messageId);
        this.route = route;
        this.type = type;
    }

    /** The route ({@code object.action}) of the message. */
    public String route() {
        return route;
    }

    /** The type the params were bound to. */
    public Class<?> type() {
        return type;
    }
}
