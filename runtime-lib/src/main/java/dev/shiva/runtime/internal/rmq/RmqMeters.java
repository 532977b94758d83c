package dev.shiva.runtime.internal.rmq;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The meters of rmq consumption, tagged {@code dispatcher}, {@code queue}, {@code route} (the
 * message's {@code object.action}; {@code (invalid)} for a message without one, {@code (all)} on a
 * JSON_UnroutedALL dispatcher): {@code shiva_rmq_consumed_total}, {@code shiva_rmq_acked_total},
 * {@code shiva_rmq_rejected_total{reason}}, {@code shiva_rmq_failed_total}, {@code
 * shiva_rmq_handler_seconds}. Unknown routes are tagged {@code (unknown)}: a route tag per arbitrary
 * value would let senders grow the registry without bound.
 */
final class RmqMeters {

    static final String CONSUMED = "shiva.rmq.consumed";
    static final String ACKED = "shiva.rmq.acked";
    static final String REJECTED = "shiva.rmq.rejected";
    static final String FAILED = "shiva.rmq.failed";
    static final String HANDLER = "shiva.rmq.handler";

    static final String INVALID_ROUTE = "(invalid)";
    static final String UNKNOWN_ROUTE = "(unknown)";
    static final String ALL_ROUTE = "(all)";

    private final MeterRegistry registry;
    private final String dispatcher;
    // Builder + register looks a meter up by name and tags on every call; on the per-message path
    // that cost showed in the consumption benchmark, so each meter is built once and kept.
    private final Map<MeterKey, Counter> counters = new ConcurrentHashMap<>();
    private final Map<MeterKey, Timer> timers = new ConcurrentHashMap<>();

    RmqMeters(MeterRegistry registry, String dispatcher) {
        this.registry = registry;
        this.dispatcher = dispatcher;
    }

    void consumed(String queue, String route) {
        counter(CONSUMED, "Messages taken from a queue", queue, route).increment();
    }

    void acked(String queue, String route) {
        counter(ACKED, "Messages acknowledged", queue, route).increment();
    }

    void failed(String queue, String route) {
        counter(FAILED, "Messages whose handler failed (after the retries)", queue, route)
                .increment();
    }

    void rejected(String queue, String route, String reason) {
        counters.computeIfAbsent(new MeterKey(REJECTED, queue, route, reason), key -> Counter.builder(REJECTED)
                        .description("Messages rejected or nacked, by reason")
                        .tags("dispatcher", dispatcher, "queue", queue, "route", route, "reason", reason)
                        .register(registry))
                .increment();
    }

    Timer handler(String queue, String route) {
        return timers.computeIfAbsent(new MeterKey(HANDLER, queue, route, ""), key -> Timer.builder(HANDLER)
                .description("Handler time per message, retries included")
                .tags("dispatcher", dispatcher, "queue", queue, "route", route)
                .register(registry));
    }

    private Counter counter(String name, String description, String queue, String route) {
        return counters.computeIfAbsent(new MeterKey(name, queue, route, ""), key -> Counter.builder(name)
                .description(description)
                .tags("dispatcher", dispatcher, "queue", queue, "route", route)
                .register(registry));
    }

    /** A meter's identity within this dispatcher; routes are bounded (unknown ones share one tag). */
    private record MeterKey(String name, String queue, String route, String reason) {}
}
