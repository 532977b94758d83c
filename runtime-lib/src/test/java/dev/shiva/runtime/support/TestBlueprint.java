package dev.shiva.runtime.support;

import dev.shiva.runtime.ConfigNode;
import dev.shiva.runtime.DispatcherBlueprint;
import dev.shiva.runtime.DispatcherKind;
import dev.shiva.runtime.ServiceBlueprint;
import dev.shiva.runtime.Worker;
import dev.shiva.runtime.WorkerBlueprint;
import dev.shiva.runtime.internal.config.ConfigShape;
import dev.shiva.runtime.internal.config.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A blueprint for a test's own config.yml. Its shape is computed from that YAML by the runtime's
 * own {@link ConfigShape} (the generator would compute it independently); ConfigShapeTest and the
 * orders ServiceDefinition check the computation itself against hand-written lists.
 */
public final class TestBlueprint implements ServiceBlueprint {

    private final String name;
    private final List<String> shape;
    private final List<DispatcherBlueprint> dispatchers = new ArrayList<>();

    private TestBlueprint(String name, String yaml) {
        this.name = name;
        this.shape = ConfigShape.of(YamlReader.parse(yaml, "config.yml"));
    }

    public static TestBlueprint of(String name, String yaml) {
        return new TestBlueprint(name, yaml);
    }

    /** A dispatcher whose config: block binds through {@code config}, as a generated record's from(). */
    public TestBlueprint dispatcher(
            String key, DispatcherKind kind, Function<ConfigNode, ?> config, WorkerBlueprint... workers) {
        dispatchers.add(
                new DispatcherBlueprint(key, key, kind, List.of(workers), Optional.empty(), Optional.of(config)));
        return this;
    }

    public TestBlueprint dispatcher(String key, DispatcherKind kind, WorkerBlueprint... workers) {
        dispatchers.add(new DispatcherBlueprint(key, key, kind, List.of(workers)));
        return this;
    }

    /** An rmq dispatcher with its hand-written route table (empty for JSON_UnroutedALL). */
    public TestBlueprint rmq(
            String key, java.util.Optional<dev.shiva.runtime.RouteTable> routes, WorkerBlueprint... workers) {
        dispatchers.add(new DispatcherBlueprint(key, key, DispatcherKind.RMQ, List.of(workers), routes));
        return this;
    }

    /** A worker entry whose key and name are {@code key}, bound to a {@link ConfigNode}. */
    public static WorkerBlueprint worker(String key, Class<? extends Worker<?>> type) {
        return new WorkerBlueprint(key, key, type, Function.identity());
    }

    public static WorkerBlueprint worker(String key, Class<? extends Worker<?>> type, Function<ConfigNode, ?> binder) {
        return new WorkerBlueprint(key, key, type, binder);
    }

    @Override
    public String applicationName() {
        return name;
    }

    @Override
    public List<String> shape() {
        return shape;
    }

    @Override
    public List<DispatcherBlueprint> dispatchers() {
        return List.copyOf(dispatchers);
    }
}
