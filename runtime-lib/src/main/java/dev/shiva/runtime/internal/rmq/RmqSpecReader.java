package dev.shiva.runtime.internal.rmq;

import dev.shiva.runtime.ConfigNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the rmq parts of config.yml (after placeholders): a dispatcher's topology, a connection's
 * DSN, a worker entry's {@code ack}/{@code retry}. Wrong values are located errors.
 */
public final class RmqSpecReader {

    private static final Logger LOG = LoggerFactory.getLogger(RmqSpecReader.class);
    static final int DEFAULT_PREFETCH = 100;

    private final ConfigNode root;

    public RmqSpecReader(ConfigNode root) {
        this.root = root;
    }

    public RmqDispatcherSpec dispatcher(String key, String identity) {
        ConfigNode entry = root.get("dispatchers").get(key);
        String connection = entry.string("connection");
        String proto = entry.find("proto").map(ConfigNode::asString).orElse(RmqDispatcherSpec.ROUTED);
        ConfigNode exchanges = entry.get("config").get("exchanges");
        List<ExchangeSpec> result = new ArrayList<>();
        for (String name : exchanges.keys()) {
            result.add(exchange(name, mapping(exchanges, name)));
        }
        if (result.isEmpty()) {
            throw exchanges.error("an rmq dispatcher needs at least one exchange");
        }
        return new RmqDispatcherSpec(key, identity, connection, proto, List.copyOf(result));
    }

    /** The DSN of {@code connections.<key>}, which must use the driver rmq. */
    public String dsn(String key, String referencedFrom) {
        ConfigNode connections = mapping(root, "connections");
        if (!connections.has(key)) {
            throw root.get("dispatchers")
                    .get(referencedFrom)
                    .get("connection")
                    .error("no connection '" + key + "' under connections");
        }
        ConfigNode entry = connections.get(key);
        String driver = entry.string("driver");
        if (!driver.equals("rmq")) {
            throw entry.get("driver")
                    .error("connection '" + key + "' has driver '" + driver
                            + "', but an rmq dispatcher needs driver rmq");
        }
        return entry.get("config").string("dsn");
    }

    public Optional<AckPolicy> workerAck(String workerKey) {
        return worker(workerKey).flatMap(w -> w.find("ack")).map(AckPolicy::of);
    }

    public Optional<RetryPolicy> workerRetry(String workerKey) {
        return worker(workerKey).flatMap(w -> w.find("retry")).map(RmqSpecReader::retry);
    }

    private Optional<ConfigNode> worker(String key) {
        return root.find("workers").flatMap(w -> w.find(key));
    }

    private ExchangeSpec exchange(String name, ConfigNode node) {
        ConfigNode config = mapping(node, "config");
        ConfigNode channel = mapping(node, "config_channel");
        ConfigNode routing = mapping(node, "routing");
        boolean v2 = routing.bool("v2_enabled", false);
        Optional<String> system =
                routing.find("system").map(ConfigNode::asString).filter(s -> !s.isBlank());
        ConfigNode queues = mapping(node, "queues");
        List<QueueSpec> result = new ArrayList<>();
        for (String queue : queues.keys()) {
            result.add(queue(queue, mapping(queues, queue), v2 ? system : Optional.empty()));
        }
        return new ExchangeSpec(
                name,
                config.find("type").map(ConfigNode::asString).orElse("direct"),
                config.bool("durable", false),
                config.bool("auto_delete", false),
                config.bool("internal", false),
                config.bool("passive", false),
                table(mapping(config, "arguments")),
                channel.bool("publisher_confirms", true),
                channel.bool("on_return_raises", false),
                system,
                List.copyOf(result));
    }

    private QueueSpec queue(String name, ConfigNode node, Optional<String> v2System) {
        ConfigNode config = mapping(node, "config");
        ConfigNode flags = mapping(config, "arguments");
        ConfigNode additional = mapping(config, "additional");
        for (String key : additional.keys()) {
            if (!key.startsWith("x-")) {
                LOG.warn(
                        "{}: '{}' has no effect (RabbitMQ ignores arguments without the x- prefix); did you mean"
                                + " 'x-{}'?",
                        additional.path(),
                        key,
                        key);
            }
        }
        List<String> bindings = new ArrayList<>();
        for (ConfigNode binding : node.find("bindings").map(ConfigNode::asList).orElse(List.of())) {
            bindings.add(binding.asString());
        }
        v2System.ifPresent(system -> new ArrayList<>(bindings).forEach(b -> bindings.add(b + "." + system)));
        return new QueueSpec(
                name,
                (int) node.integer("coro", 1, 1, 10_000),
                (int) config.integer("prefetch", DEFAULT_PREFETCH, 0, 65_535),
                flags.bool("durable", false),
                flags.bool("exclusive", false),
                flags.bool("auto_delete", false),
                flags.bool("passive", false),
                table(additional),
                List.copyOf(bindings),
                node.find("ack").map(AckPolicy::of),
                node.find("retry").map(RmqSpecReader::retry));
    }

    private static RetryPolicy retry(ConfigNode node) {
        if (!node.isMapping()) {
            throw node.error("expected a mapping with attempts and delay_ms");
        }
        return new RetryPolicy(
                (int) node.integer("attempts", 1, 1, 1_000),
                node.integer("delay_ms", RetryPolicy.NONE.delayMs(), 0, 3_600_000));
    }

    /** An AMQP argument table from a mapping: scalars, nested mappings and lists as they are. */
    static Map<String, Object> table(ConfigNode node) {
        Map<String, Object> table = new LinkedHashMap<>();
        for (String key : node.keys()) {
            node.find(key).ifPresent(value -> table.put(key, value(value)));
        }
        return table;
    }

    private static Object value(ConfigNode node) {
        if (node.isMapping()) {
            return table(node);
        }
        if (node.isList()) {
            List<Object> items = new ArrayList<>();
            node.asList().forEach(item -> items.add(value(item)));
            return items;
        }
        return node.scalarValue();
    }

    private static ConfigNode mapping(ConfigNode parent, String key) {
        if (!parent.has(key)) {
            return ConfigNode.empty("config.yml", parent.path().isEmpty() ? key : parent.path() + "." + key);
        }
        ConfigNode node = parent.get(key);
        if (!node.isMapping()) {
            throw node.error("expected a mapping");
        }
        return node;
    }
}
