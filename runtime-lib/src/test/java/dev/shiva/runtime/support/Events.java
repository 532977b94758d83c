package dev.shiva.runtime.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** What test workers did, recorded where tests can read it (Micronaut creates the workers). */
public final class Events {

    private static final List<String> LOG = new CopyOnWriteArrayList<>();
    private static final Map<String, AtomicInteger> COUNTERS = new ConcurrentHashMap<>();

    private Events() {}

    public static void record(String event) {
        LOG.add(event);
    }

    public static List<String> all() {
        return List.copyOf(LOG);
    }

    public static long count(String event) {
        return LOG.stream().filter(event::equals).count();
    }

    public static void increment(String counter) {
        COUNTERS.computeIfAbsent(counter, c -> new AtomicInteger()).incrementAndGet();
    }

    public static int counter(String counter) {
        AtomicInteger value = COUNTERS.get(counter);
        return value == null ? 0 : value.get();
    }

    public static void reset() {
        LOG.clear();
        COUNTERS.clear();
    }
}
