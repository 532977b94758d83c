package dev.shiva.runtime;

import java.util.List;

/**
 * The switch table of a routed rmq dispatcher ({@code JSON_Routed_BPM}), generated from the routes
 * config.yml gives its workers: a message's {@code object.action} selects one handler method of one
 * worker entry. No reflection, no map of lambdas built at runtime.
 */
public interface RouteTable {

    /** The route keys the table knows, in the order config.yml gives them. */
    List<String> routes();

    /**
     * Calls the handler of {@link BpmRequest#routeKey()} on the worker entry that owns the route and
     * returns what it returned (published as the reply unless null).
     *
     * @throws UnknownRouteException when no running worker handles the route
     */
    Object dispatch(BpmRequest request, WorkerLookup workers) throws Exception;
}
