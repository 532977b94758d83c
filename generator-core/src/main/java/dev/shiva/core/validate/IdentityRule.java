package dev.shiva.core.validate;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostics;
import dev.shiva.core.diag.Location;
import dev.shiva.core.load.DispatcherEntry;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.load.WorkerEntry;
import java.util.HashMap;
import java.util.Map;

/**
 * Workers find their dispatcher by identity ({@code name}, defaulting to the type) and workers are
 * known by their instance name: two entries with one identity would make a reference ambiguous.
 */
final class IdentityRule implements Rule {

    @Override
    public void check(SourceConfig config, Diagnostics out) {
        Map<String, Location> dispatchers = new HashMap<>();
        for (DispatcherEntry dispatcher : DispatcherEntry.all(config)) {
            dispatcher.identity().ifPresent(identity -> {
                Location here = dispatcher
                        .entry()
                        .locationOf(dispatcher.entry().body().entry("name").isPresent() ? "name" : "dispatcher");
                Location first = dispatchers.putIfAbsent(identity, here);
                if (first != null) {
                    out.report(
                            Code.DUPLICATE_DISPATCHER,
                            here,
                            dispatcher.entry().path(),
                            "a dispatcher with the identity '" + identity + "' already exists (line " + first.line()
                                    + ")",
                            "give each dispatcher its own 'name' (without one, a dispatcher is known by its type); workers refer to that name");
                }
            });
        }
        Map<String, Location> workers = new HashMap<>();
        for (WorkerEntry worker : WorkerEntry.all(config)) {
            Location here = worker.entry().locationOf("name");
            Location first = workers.putIfAbsent(worker.name(), here);
            if (first != null) {
                out.report(
                        Code.DUPLICATE_WORKER,
                        here,
                        worker.entry().path(),
                        "a worker named '" + worker.name() + "' already exists (line " + first.line() + ")",
                        "give each worker entry its own 'name' (it defaults to the entry's key)");
            }
        }
    }
}
