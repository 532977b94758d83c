package dev.shiva.core.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A dispatcher entry read for the rules: its identity, type, protocol and RabbitMQ topology. */
public record DispatcherEntry(SourceEntry entry) {

    public static final String ROUTED_BPM = "JSON_Routed_BPM";
    public static final String UNROUTED_ALL = "JSON_UnroutedALL";

    public static List<DispatcherEntry> all(SourceConfig config) {
        return config.dispatchers().stream().map(DispatcherEntry::new).toList();
    }

    public static Optional<DispatcherEntry> byIdentity(SourceConfig config, String identity) {
        return all(config).stream()
                .filter(d -> d.identity().filter(identity::equals).isPresent())
                .findFirst();
    }

    public static final List<String> TYPES = List.of("rmq", "dispatcher_web", "daemon_root", "metrics_root");

    /** The type, when it is one of the known ones: an unknown type is the schema's to report. */
    public Optional<String> type() {
        return entry.string("dispatcher").filter(TYPES::contains);
    }

    public boolean isRmq() {
        return type().filter("rmq"::equals).isPresent();
    }

    /** Workers refer to a dispatcher by its {@code name}, which defaults to the type name. */
    public Optional<String> identity() {
        return entry.string("name").or(this::type);
    }

    public String protocol() {
        return entry.string("proto").orElse(ROUTED_BPM);
    }

    /** How a user protocol is named in {@code proto}: a fully qualified class name. */
    public static final java.util.regex.Pattern QUALIFIED_CLASS =
            java.util.regex.Pattern.compile("([a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*");

    /** An rmq dispatcher whose {@code proto} names a user class implementing the runtime's RmqProtocol. */
    public boolean hasCustomProtocol() {
        return isRmq() && QUALIFIED_CLASS.matcher(protocol()).matches();
    }

    public boolean routesByBody() {
        return isRmq() && protocol().equals(ROUTED_BPM);
    }

    /** Exchanges of an rmq dispatcher, in order. */
    public List<SourceEntry> exchanges() {
        return entry.map("config")
                .flatMap(config -> config.get("exchanges"))
                .filter(MapNode.class::isInstance)
                .map(exchanges -> entry.children((MapNode) exchanges, entry.path("config.exchanges")))
                .orElse(List.of());
    }

    /** Queues of all exchanges, in order, each with the exchange it is bound to. */
    public List<Queue> queues() {
        List<Queue> queues = new ArrayList<>();
        for (SourceEntry exchange : exchanges()) {
            exchange.map("queues").ifPresent(section -> exchange.children(section, exchange.path("queues"))
                    .forEach(queue -> queues.add(new Queue(exchange, queue))));
        }
        return queues;
    }

    /** Binding keys without wildcards: the routes of workers that do not list their own. */
    public List<String> exactBindings() {
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
    public record Queue(SourceEntry exchange, SourceEntry queue) {

        public List<ScalarNode> bindings() {
            List<ScalarNode> bindings = new ArrayList<>();
            queue.list("bindings").map(ListNode::items).orElse(List.of()).stream()
                    .filter(Queue::isString)
                    .forEach(node -> bindings.add((ScalarNode) node));
            return bindings;
        }

        public Optional<MapNode> additional() {
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
