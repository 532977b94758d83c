package dev.shiva.runtime.internal.connections;

import dev.shiva.runtime.ConfigException;
import dev.shiva.runtime.ReadinessIndicator;
import dev.shiva.runtime.ServiceStartException;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections a service runs with (SEMANTICS §6): those its running dispatchers and workers
 * use. They open in ascending {@code level}, the connections of one level concurrently, before any
 * dispatcher; each must answer a round trip within {@link #OPEN_TIMEOUT}, else the start fails with
 * one line naming the connection, where it goes and why — never the password. They close in
 * reverse order, after the dispatchers.
 */
public final class ConnectionSet {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionSet.class);

    /** How long one connection may take to answer at start (connect, authenticate, round trip). */
    public static final Duration OPEN_TIMEOUT = Duration.ofSeconds(10);

    /** Beyond the driver's own timeouts: a driver that ignores its timeout cannot hang the start. */
    private static final Duration WATCHDOG_MARGIN = Duration.ofSeconds(5);

    private final List<Planned> planned;
    private final Map<String, Opened> opened = new LinkedHashMap<>();
    private ConnectionProbes probes;

    private ConnectionSet(List<Planned> planned) {
        this.planned = planned;
    }

    private record Planned(ConnectionSpec spec, Driver driver) {}

    private record Opened(ConnectionSpec spec, Driver driver, OpenConnection connection) {}

    public static ConnectionSet none() {
        return new ConnectionSet(List.of());
    }

    /**
     * The connections among {@code specs} whose keys are in {@code used}, each with its driver; an
     * unknown driver or one whose libraries are missing fails the start here, before anything opens.
     */
    public static ConnectionSet plan(Map<String, ConnectionSpec> specs, Collection<String> used) {
        return plan(specs, used, Drivers::forSpec);
    }

    /** As {@link #plan(Map, Collection)} with the drivers {@code drivers} gives (tests give their own). */
    static ConnectionSet plan(
            Map<String, ConnectionSpec> specs, Collection<String> used, Function<ConnectionSpec, Driver> drivers) {
        List<Planned> planned = new ArrayList<>();
        specs.forEach((key, spec) -> {
            if (used.contains(key)) {
                planned.add(new Planned(spec, drivers.apply(spec)));
            } else {
                LOG.info("connection '{}' is used by no running dispatcher or worker: not opened", key);
            }
        });
        return new ConnectionSet(planned);
    }

    /** Every planned connection's Micronaut properties, for the context about to start. */
    public Map<String, Object> contextProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Planned plan : planned) {
            try {
                properties.putAll(plan.driver().contextProperties(plan.spec()));
            } catch (ConfigException e) {
                throw new ServiceStartException(e.getMessage(), ServiceStartException.FAILURE, e);
            }
        }
        return properties;
    }

    /** Opens every planned connection, level by level; on a failure closes what opened and throws. */
    public void open(ApplicationContext context) {
        TreeMap<Integer, List<Planned>> levels = new TreeMap<>();
        planned.forEach(plan -> levels.computeIfAbsent(plan.spec().level(), l -> new ArrayList<>())
                .add(plan));
        try {
            for (List<Planned> level : levels.values()) {
                openLevel(level, context);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void openLevel(List<Planned> level, ApplicationContext context) {
        ExecutorService pool = Executors.newFixedThreadPool(level.size(), runnable -> {
            Thread thread = new Thread(runnable, "shiva-connect");
            thread.setDaemon(true); // a driver stuck past the watchdog must not keep the JVM alive
            return thread;
        });
        try {
            Map<Planned, Future<OpenConnection>> futures = new LinkedHashMap<>();
            for (Planned plan : level) {
                futures.put(plan, pool.submit(() -> plan.driver().open(plan.spec(), context, OPEN_TIMEOUT)));
            }
            long deadline =
                    System.nanoTime() + OPEN_TIMEOUT.plus(WATCHDOG_MARGIN).toNanos();
            ServiceStartException first = null;
            for (Map.Entry<Planned, Future<OpenConnection>> entry : futures.entrySet()) {
                Planned plan = entry.getKey();
                try {
                    OpenConnection connection =
                            entry.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    opened.put(plan.spec().key(), new Opened(plan.spec(), plan.driver(), connection));
                    LOG.info(
                            "connection '{}' open ({} {})",
                            plan.spec().key(),
                            plan.spec().driver(),
                            ConnectionFailures.target(plan.driver(), plan.spec()));
                } catch (ExecutionException e) {
                    first = first != null
                            ? first
                            : ConnectionFailures.failure(plan.spec(), plan.driver(), e.getCause());
                } catch (TimeoutException e) {
                    entry.getValue().cancel(true);
                    first = first != null
                            ? first
                            : ConnectionFailures.failure(
                                    plan.spec(),
                                    plan.driver(),
                                    "no answer within "
                                            + OPEN_TIMEOUT.plus(WATCHDOG_MARGIN).toSeconds() + " s");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    first = first != null
                            ? first
                            : ConnectionFailures.failure(plan.spec(), plan.driver(), "interrupted while connecting");
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The handles of {@code keys} that are open, by key, for a worker's context. */
    public Map<String, Object> handles(Collection<String> keys) {
        Map<String, Object> handles = new LinkedHashMap<>();
        for (String key : keys) {
            Opened open = opened.get(key);
            if (open != null) {
                handles.put(key, open.connection().handle());
            }
        }
        return handles;
    }

    /** The open connection {@code key}, for the runtime's own parts (the rmq dispatchers). */
    public Optional<OpenConnection> connection(String key) {
        return Optional.ofNullable(opened.get(key)).map(Opened::connection);
    }

    /**
     * Starts the background probes and returns one readiness indicator per open connection ({@code
     * connection <key>}). {@code daemon run} asks; a user command, which has no readiness, does not.
     */
    public List<ReadinessIndicator> startProbes() {
        if (probes == null) {
            probes = ConnectionProbes.start(opened.values().stream()
                    .map(o -> new ConnectionProbes.Target(o.spec().key(), o.connection()))
                    .toList());
        }
        return probes.indicators();
    }

    /** Closes every open connection, last level first, in reverse order within a level. Idempotent. */
    public void close() {
        if (probes != null) {
            probes.stop();
            probes = null;
        }
        List<Opened> all = new ArrayList<>(opened.values());
        all.sort((a, b) -> Integer.compare(a.spec().level(), b.spec().level()));
        for (int i = all.size() - 1; i >= 0; i--) {
            Opened open = all.get(i);
            try {
                open.connection().close();
            } catch (RuntimeException e) { // NOPMD: one connection's failing close must not skip the others'
                LOG.warn(
                        "connection '{}' did not close cleanly: {}",
                        open.spec().key(),
                        ConnectionFailures.reason(open.spec(), e));
            }
        }
        if (!all.isEmpty()) {
            List<String> keys =
                    new ArrayList<>(all.stream().map(o -> o.spec().key()).toList());
            Collections.reverse(keys);
            LOG.info("connections closed: {}", keys);
        }
        opened.clear();
    }
}
