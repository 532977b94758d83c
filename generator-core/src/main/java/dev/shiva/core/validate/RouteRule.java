package dev.shiva.core.validate;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostics;
import dev.shiva.core.diag.Location;
import dev.shiva.core.load.DispatcherEntry;
import dev.shiva.core.load.ScalarNode;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.load.WorkerEntry;
import dev.shiva.core.names.RouteKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Routes are {@code object.action} keys matched exactly against the message body. On a routed rmq
 * dispatcher each route belongs to exactly one worker (the generated switch table has one case per
 * route), and every worker handles at least one. Elsewhere {@code routes} means nothing.
 */
final class RouteRule implements Rule {

    @Override
    public void check(SourceConfig config, Diagnostics out) {
        for (DispatcherEntry dispatcher : DispatcherEntry.all(config)) {
            Optional<String> identity = dispatcher.identity();
            if (identity.isEmpty()) {
                continue;
            }
            List<WorkerEntry> workers = WorkerEntry.all(config).stream()
                    .filter(w -> w.dispatcher().filter(identity.get()::equals).isPresent())
                    .toList();
            if (dispatcher.routesByBody()) {
                checkRouted(dispatcher, workers, out);
            } else if (dispatcher.type().isPresent()
                    && (!dispatcher.isRmq()
                            || dispatcher.protocol().equals(DispatcherEntry.UNROUTED_ALL)
                            || dispatcher.hasCustomProtocol())) {
                workers.stream().filter(WorkerEntry::hasRoutesKey).forEach(w -> reportIgnored(w, dispatcher, out));
            }
        }
    }

    private void checkRouted(DispatcherEntry dispatcher, List<WorkerEntry> workers, Diagnostics out) {
        Map<String, Claim> owners = new HashMap<>();
        for (WorkerEntry worker : workers) {
            List<Claim> claims = claims(worker, dispatcher, out);
            if (claims.isEmpty() && !worker.routes().map(r -> !r.isEmpty()).orElse(false)) {
                out.report(
                        Code.ROUTE_NONE,
                        worker.entry().keyLocation(),
                        worker.entry().path(),
                        "worker '" + worker.name() + "' handles no route on dispatcher '"
                                + dispatcher.identity().orElse("") + "'",
                        "list its routes under 'routes:' (object.action), or bind a queue of the dispatcher with an exact key");
            }
            if (!worker.entry().enabled().mayRun()) {
                continue; // a disabled worker takes no messages, so it competes for no route
            }
            for (Claim claim : claims) {
                Claim first = owners.putIfAbsent(claim.route(), claim);
                if (first != null) {
                    reportDuplicate(claim, first, worker, out);
                }
            }
        }
    }

    /** The routes a worker handles, each with the place that claims it. */
    private static List<Claim> claims(WorkerEntry worker, DispatcherEntry dispatcher, Diagnostics out) {
        List<Claim> claims = new ArrayList<>();
        Set<String> claimed = new HashSet<>(); // a route listed twice in one worker is the schema's to report
        Optional<List<ScalarNode>> routes = worker.routes();
        if (routes.isPresent()) {
            List<ScalarNode> items = routes.get();
            for (int i = 0; i < items.size(); i++) {
                ScalarNode route = items.get(i);
                String path = worker.entry().path("routes") + "[" + i + "]";
                if (RouteKeys.isRoute(route.text())) {
                    if (claimed.add(route.text())) {
                        claims.add(new Claim(route.text(), route.location(), path, worker.name()));
                    }
                } else {
                    reportMalformed(route, path, out);
                }
            }
            return claims;
        }
        Location implicit = worker.entry().valueLocationOf("dispatcher");
        for (String binding : dispatcher.exactBindings()) {
            if (RouteKeys.isRoute(binding)) {
                claims.add(new Claim(binding, implicit, worker.entry().path("dispatcher"), worker.name()));
            }
        }
        return claims;
    }

    private static void reportMalformed(ScalarNode route, String path, Diagnostics out) {
        boolean wildcard = route.text().contains("*") || route.text().contains("#");
        out.report(
                Code.ROUTE_MALFORMED,
                route.location(),
                path,
                "'" + route.text() + "' is not a route key",
                wildcard
                        ? "routes match the body's object.action exactly; wildcards belong in queue bindings"
                        : "write object.action: words of letters, digits, '_' or '-', joined by dots");
    }

    private static void reportDuplicate(Claim claim, Claim first, WorkerEntry worker, Diagnostics out) {
        String hint = worker.routes().isPresent()
                ? "each route is handled by one worker of a dispatcher; remove it from one of them"
                : "this worker has no 'routes:' and so takes every exact binding; list the routes it handles under 'routes:'";
        out.report(
                Code.ROUTE_DUPLICATE,
                claim.location(),
                claim.path(),
                "route '" + claim.route() + "' is already handled by worker '" + first.worker() + "' (line "
                        + first.location().line() + ")",
                hint);
    }

    private static void reportIgnored(WorkerEntry worker, DispatcherEntry dispatcher, Diagnostics out) {
        String why;
        if (!dispatcher.isRmq()) {
            why = "a " + dispatcher.type().orElse("") + " dispatcher does not route messages";
        } else if (dispatcher.protocol().equals(DispatcherEntry.UNROUTED_ALL)) {
            why = "dispatcher '" + dispatcher.identity().orElse("") + "' uses " + DispatcherEntry.UNROUTED_ALL
                    + ", which gives every message to every worker";
        } else {
            why = "dispatcher '" + dispatcher.identity().orElse("") + "' uses the custom protocol "
                    + dispatcher.protocol() + ", which reaches its workers itself";
        }
        out.report(
                Code.ROUTE_IGNORED,
                worker.entry().locationOf("routes"),
                worker.entry().path("routes"),
                "'routes' has no effect: " + why,
                "remove 'routes'");
    }

    private record Claim(String route, Location location, String path, String worker) {}
}
