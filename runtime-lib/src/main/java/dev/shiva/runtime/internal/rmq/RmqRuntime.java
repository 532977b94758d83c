package dev.shiva.runtime.internal.rmq;

import dev.shiva.runtime.DispatcherBlueprint;
import dev.shiva.runtime.DispatcherKind;
import dev.shiva.runtime.Publishers;
import dev.shiva.runtime.RmqProtocol;
import dev.shiva.runtime.RmqWorker;
import dev.shiva.runtime.RoutedPublisher;
import dev.shiva.runtime.ServiceBlueprint;
import dev.shiva.runtime.ServiceStartException;
import dev.shiva.runtime.internal.config.DispatcherSettings;
import dev.shiva.runtime.internal.config.RuntimeSettings;
import dev.shiva.runtime.internal.connections.ConnectionSet;
import dev.shiva.runtime.internal.web.RuntimeIndicators;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanContext;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rmq part of a running service: the connections of the enabled rmq dispatchers, their
 * topology, consumers and publishers. Start: {@link #open} (connect, declare, attach publishers),
 * then, once the workers are prepared, {@link #startConsuming()}. Stop: {@link #cancelConsumers()},
 * {@link #awaitIdle(long)}, (the workers' {@code stop()}), {@link #close()}.
 */
public final class RmqRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(RmqRuntime.class);

    private final Map<String, RmqConnection> connections;
    private final List<RmqDispatcher> dispatchers;
    private Publishers publishers;

    private RmqRuntime(Map<String, RmqConnection> connections, List<RmqDispatcher> dispatchers) {
        this.connections = connections;
        this.dispatchers = dispatchers;
    }

    public static RmqRuntime none() {
        return new RmqRuntime(Map.of(), List.of());
    }

    /**
     * Connects and declares the topology of every enabled rmq dispatcher, attaches their publishers
     * to their workers and registers them with {@link Publishers} for every other worker.
     *
     * @param workers by dispatcher key: the running worker instances by entry key, in plan order
     */
    public static RmqRuntime open(
            ServiceBlueprint blueprint,
            RuntimeSettings settings,
            Map<String, Map<String, RmqWorker<?>>> workers,
            MeterRegistry registry,
            BeanContext beans,
            ConnectionSet connectionSet) {
        Optional<JsonMapper> mapper = beans.findBean(JsonMapper.class);
        RuntimeIndicators health = beans.getBean(RuntimeIndicators.class);
        Publishers publishers = beans.getBean(Publishers.class);
        RmqSpecReader reader = new RmqSpecReader(settings.root());
        List<DispatcherBlueprint> enabled = new ArrayList<>();
        List<RmqDispatcherSpec> specs = new ArrayList<>();
        List<RmqProtocol<?>> customProtocols = new ArrayList<>(); // null for a built-in
        for (DispatcherBlueprint dispatcher : blueprint.dispatchers()) {
            if (dispatcher.kind() == DispatcherKind.RMQ
                    && settings.dispatcher(dispatcher.key())
                            .map(DispatcherSettings::enabled)
                            .orElse(false)) {
                RmqDispatcherSpec spec = reader.dispatcher(dispatcher.key(), dispatcher.identity());
                customProtocols.add(check(spec, dispatcher, beans));
                enabled.add(dispatcher);
                specs.add(spec);
            }
        }
        if (specs.isEmpty()) {
            return none();
        }
        Map<String, RmqConnection> connections = new LinkedHashMap<>();
        RmqRuntime runtime = new RmqRuntime(connections, new ArrayList<>());
        runtime.publishers = publishers;
        try {
            for (RmqDispatcherSpec spec : specs) {
                connections.computeIfAbsent(spec.connection(), key -> connectionSet
                        .connection(key)
                        .map(open -> ((RmqDriver.Open) open).connection())
                        .orElseThrow(() -> new IllegalStateException("connection '" + key + "' was not opened")));
            }
            BpmJson json = new BpmJson(mapper);
            for (int i = 0; i < specs.size(); i++) {
                RmqDispatcherSpec spec = specs.get(i);
                DispatcherBlueprint dispatcher = enabled.get(i);
                Map<String, RmqWorker<?>> entries = workers.getOrDefault(dispatcher.key(), Map.of());
                Map<String, AckPolicy> acks = new LinkedHashMap<>();
                Map<String, RetryPolicy> retries = new LinkedHashMap<>();
                for (String key : entries.keySet()) {
                    reader.workerAck(key).ifPresent(policy -> acks.put(key, policy));
                    reader.workerRetry(key).ifPresent(policy -> retries.put(key, policy));
                }
                RmqDispatcher running = new RmqDispatcher(
                        spec,
                        connections.get(spec.connection()),
                        Protocols.of(spec, dispatcher.routes(), customProtocols.get(i), json),
                        new LinkedHashMap<>(entries),
                        acks,
                        retries,
                        new RmqMeters(registry, spec.identity()),
                        json,
                        blueprint.applicationName());
                running.declare();
                runtime.dispatchers.add(running);
                RoutedPublisher publisher =
                        new RoutedPublisher(running, spec.defaultExchange().name());
                entries.values().forEach(worker -> worker.attachPublisher(publisher));
                publishers.register(spec.identity(), publisher);
            }
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
        runtime.dispatchers.forEach(d -> health.add(d.readiness()));
        return runtime;
    }

    /**
     * What the rmq driver needs before the connections open: for every connection an enabled rmq
     * dispatcher names, its consumer threads and the exchanges declared on it. A dispatcher naming a
     * connection that is missing or not of driver rmq is a located error here.
     */
    public static RmqConnectionPlan plan(ServiceBlueprint blueprint, RuntimeSettings settings) {
        RmqSpecReader reader = new RmqSpecReader(settings.root());
        Map<String, Integer> threads = new LinkedHashMap<>();
        Map<String, List<ExchangeSpec>> exchanges = new LinkedHashMap<>();
        for (DispatcherBlueprint dispatcher : blueprint.dispatchers()) {
            boolean enabled = settings.dispatcher(dispatcher.key())
                    .map(DispatcherSettings::enabled)
                    .orElse(false);
            if (dispatcher.kind() != DispatcherKind.RMQ || !enabled) {
                continue;
            }
            RmqDispatcherSpec spec = reader.dispatcher(dispatcher.key(), dispatcher.identity());
            reader.dsn(spec.connection(), spec.key());
            int coro = spec.exchanges().stream()
                    .flatMap(e -> e.queues().stream())
                    .mapToInt(QueueSpec::coro)
                    .sum();
            threads.merge(spec.connection(), coro, Integer::sum);
            exchanges
                    .computeIfAbsent(spec.connection(), key -> new ArrayList<>())
                    .addAll(spec.exchanges());
        }
        return new RmqConnectionPlan(blueprint.applicationName(), threads, exchanges);
    }

    /**
     * Fails the start with one line when the dispatcher's protocol cannot run; returns the custom
     * protocol {@code proto} names (a bean of that type, else a new instance), null for a built-in.
     */
    private static RmqProtocol<?> check(RmqDispatcherSpec spec, DispatcherBlueprint dispatcher, BeanContext beans) {
        String proto = spec.proto();
        if (proto.equals(RmqDispatcherSpec.ROUTED)) {
            if (dispatcher.routes().isEmpty()) {
                throw new ServiceStartException(
                        "dispatcher '" + spec.identity() + "': proto JSON_Routed_BPM needs a generated route table;"
                                + " run 'shiva generate' and rebuild",
                        ServiceStartException.FAILURE,
                        null);
            }
            return null;
        }
        if (Protocols.builtIn(proto)) {
            return null;
        }
        return Protocols.custom(spec, Optional.of(beans));
    }

    /** Starts every consumer; the workers were prepared. */
    public void startConsuming() {
        for (RmqDispatcher dispatcher : dispatchers) {
            try {
                dispatcher.startConsuming();
            } catch (IOException | RuntimeException e) {
                throw new ServiceStartException(
                        "dispatcher '" + dispatcher.spec().identity() + "': cannot start consuming: " + e.getMessage(),
                        ServiceStartException.FAILURE,
                        e);
            }
        }
    }

    public boolean isEmpty() {
        return dispatchers.isEmpty();
    }

    /** No new deliveries from now on. */
    public void cancelConsumers() {
        dispatchers.forEach(RmqDispatcher::cancelConsumers);
    }

    /** Waits for the running handlers up to {@code deadlineNanos} ({@link System#nanoTime()}). */
    public boolean awaitIdle(long deadlineNanos) {
        boolean idle = true;
        for (RmqDispatcher dispatcher : dispatchers) {
            idle &= dispatcher.awaitIdle(deadlineNanos);
        }
        return idle;
    }

    /** Closes the channels, then the connections. Idempotent. */
    public void close() {
        if (publishers != null) {
            publishers.clear(); // a publisher of a closed connection could only fail later, less clearly
        }
        for (RmqDispatcher dispatcher : dispatchers) {
            dispatcher.cancelConsumers();
            dispatcher.close();
        }
    }
}
