package dev.shiva.core.validate;

import dev.shiva.core.load.ListNode;
import dev.shiva.core.load.MapNode;
import dev.shiva.core.load.ScalarNode;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.load.SourceEntry;
import dev.shiva.core.load.SourceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A dispatcher entry read for the rules: its identity, type, protocol and RabbitMQ topology. */
record Dispatcher(SourceEntry entry) {

    static final String ROUTED_BPM = "JSON_Routed_BPM";
    static final String UNROUTED_ALL = "JSON_UnroutedALL";

    static List<Dispatcher> all(SourceConfig config) {
        return config.dispatchers().stream().map(Dispatcher::new).toList();
    }

    static Optional<Dispatcher> byIdentity(SourceConfig config, String identity) {
        return all(config).stream()
                .filter(d -> d.identity().filter(identity::equals).isPresent())
                .findFirst();
    }

    static final List<String> TYPES = List.of("rmq", "dispatcher_web", "daemon_root", "metrics_root");

    /** The type, when it is one of the known ones: an unknown type is the schema's to report. */
    Optional<String> type() {
        return entry.string("dispatcher").filter(TYPES::contains);
    }

    boolean isRmq() {
        return type().filter("rmq"::equals).isPresent();
    }

    /** Workers refer to a dispatcher by its {@code name}, which defaults to the type name. */
    Optional<String> identity() {
        return entry.string("name").or(this::type);
    }

    String protocol() {
        return entry.string("proto").orElse(ROUTED_BPM);
    }

    boolean routesByBody() {
        return isRmq() && protocol().equals(ROUTED_BPM);
    }

    /** Exchanges of an rmq dispatcher, in order. */
    List<SourceEntry> exchanges() {
        return entry.map("config")
                .flatMap(config -> config.get("exchanges"))
                .filter(MapNode.class::isInstance)
                .map(exchanges -> entry.children((MapNode) exchanges, entry.path("config.exchanges")))
                .orElse(List.of());
    }

    /** Queues of all exchanges, in order, each with the exchange it is bound to. */
    List<Queue> queues() {
        List<Queue> queues = new ArrayList<>();
        for (SourceEntry exchange : exchanges()) {
            exchange.map("queues").ifPresent(section -> exchange.children(section, exchange.path("queues"))
                    .forEach(queue -> queues.add(new Queue(exchange, queue))));
        }
        return queues;
    }

    /** Binding keys without wildcards: the routes of workers that do not list their own. */
    List<String> exactBindings() {
        List<String> bindings = new ArrayList<>();
        for (Queue queue : queues()) {
            for (ScalarNode binding : queue.bindings()) {
                String key = binding.text();
                if (!key.contains("*") && !key.contains("#") && !bindings.contains(key)) {
                    bindings.add(key);
                }
            }
        }
        return bindings;
    }

    /** A queue with the exchange it is bound to. */
    record Queue(SourceEntry exchange, SourceEntry queue) {

        List<ScalarNode> bindings() {
            List<ScalarNode> bindings = new ArrayList<>();
            queue.list("bindings").map(ListNode::items).orElse(List.of()).stream()
                    .filter(Queue::isString)
                    .forEach(node -> bindings.add((ScalarNode) node));
            return bindings;
        }

        Optional<MapNode> additional() {
            return queue.map("config")
                    .flatMap(config -> config.get("additional"))
                    .filter(MapNode.class::isInstance)
                    .map(MapNode.class::cast);
        }

        private static boolean isString(SourceNode node) {
            return node instanceof ScalarNode scalar && scalar.isString();
        }
    }
}
