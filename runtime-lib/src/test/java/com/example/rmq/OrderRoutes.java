package com.example.rmq;

import dev.shiva.runtime.BpmRequest;
import dev.shiva.runtime.RouteTable;
import dev.shiva.runtime.UnknownRouteException;
import dev.shiva.runtime.WorkerLookup;
import java.util.List;

/** A route table as the generator writes it: a switch over the route keys config.yml knows. */
public final class OrderRoutes implements RouteTable {

    private static final List<String> ROUTES = List.of(
            "order.create", "order.update", "order.fail", "order.slow", "order.manual", "order.notify", "order.typed");

    @Override
    public List<String> routes() {
        return ROUTES;
    }

    @Override
    public Object dispatch(BpmRequest request, WorkerLookup workers) throws Exception {
        String route = request.routeKey();
        switch (route) {
            case "order.create": {
                return handler(workers, route).orderCreate(request);
            }
            case "order.update": {
                return handler(workers, route).orderUpdate(request);
            }
            case "order.fail": {
                return handler(workers, route).orderFail(request);
            }
            case "order.slow": {
                return handler(workers, route).orderSlow(request);
            }
            case "order.manual": {
                return handler(workers, route).orderManual(request);
            }
            case "order.notify": {
                return handler(workers, route).orderNotify(request);
            }
            case "order.typed": {
                return handler(workers, route).orderTyped(request);
            }
            default:
                throw new UnknownRouteException(route);
        }
    }

    private static OrderHandler handler(WorkerLookup workers, String route) throws UnknownRouteException {
        OrderHandler worker = workers.worker("orders", OrderHandler.class);
        if (worker == null) {
            throw new UnknownRouteException(route);
        }
        return worker;
    }
}
