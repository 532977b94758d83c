package dev.shiva.core.validate;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostics;
import dev.shiva.core.load.DispatcherEntry;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.load.WorkerEntry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A worker class gets one generated base class, which extends the runtime type of its dispatcher
 * (daemon, web controller, metric, rmq handler): entries of one class under dispatchers of
 * different types would need two bases. A web worker is an HTTP controller, a single instance
 * bound to its routes, so its class can serve one entry only.
 */
final class WorkerKindRule implements Rule {

    @Override
    public void check(SourceConfig config, Diagnostics out) {
        Map<String, Use> firstUse = new HashMap<>();
        for (WorkerEntry worker : WorkerEntry.all(config)) {
            Optional<String> workerClass = worker.workerClass();
            Optional<String> type = worker.dispatcher()
                    .flatMap(identity -> DispatcherEntry.byIdentity(config, identity))
                    .flatMap(DispatcherEntry::type);
            if (workerClass.isEmpty() || type.isEmpty()) {
                continue;
            }
            Use use = new Use(
                    type.get(),
                    worker.name(),
                    worker.entry().valueLocationOf("worker").line());
            Use first = firstUse.putIfAbsent(workerClass.get(), use);
            if (first != null && first.type().equals(use.type()) && use.type().equals("dispatcher_web")) {
                out.report(
                        Code.WEB_WORKER_SHARED,
                        worker.entry().valueLocationOf("worker"),
                        worker.entry().path("worker"),
                        "web worker class '" + workerClass.get() + "' is already used by worker '" + first.worker()
                                + "' (line " + first.line() + "); a web worker is one HTTP controller",
                        "give this entry its own worker class");
            } else if (first != null && !first.type().equals(use.type())) {
                out.report(
                        Code.WORKER_KIND_CONFLICT,
                        worker.entry().valueLocationOf("worker"),
                        worker.entry().path("worker"),
                        "worker class '" + workerClass.get() + "' runs under a " + use.type()
                                + " dispatcher here, but under a " + first.type() + " dispatcher for worker '"
                                + first.worker() + "' (line " + first.line() + ")",
                        "use a different worker class for each dispatcher type");
            }
        }
    }

    private record Use(String type, String worker, int line) {}
}
