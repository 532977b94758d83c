package dev.shiva.runtime;

/**
 * A message whose {@code object.action} no running worker handles. The dispatcher rejects it without
 * requeue (the broker dead-letters it where the queue has a dead-letter exchange), logs one line and
 * counts it; it never reaches a handler.
 */
public final class UnknownRouteException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnknownRouteException(String routeKey) {
        super("no worker handles the route '" + routeKey + "'", null, false, false);
    }
}
