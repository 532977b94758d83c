package dev.shiva.core.emit;

import com.palantir.javapoet.ClassName;
import dev.shiva.core.model.DispatcherType;
import dev.shiva.core.model.Driver;

/** The runtime-lib and Micronaut types generated code refers to, named in one place. */
final class RuntimeTypes {

    private static final String RUNTIME = "dev.shiva.runtime";

    static final ClassName CONFIG_NODE = ClassName.get(RUNTIME, "ConfigNode");
    static final ClassName SERVICE_BLUEPRINT = ClassName.get(RUNTIME, "ServiceBlueprint");
    static final ClassName DISPATCHER_BLUEPRINT = ClassName.get(RUNTIME, "DispatcherBlueprint");
    static final ClassName WORKER_BLUEPRINT = ClassName.get(RUNTIME, "WorkerBlueprint");
    static final ClassName DISPATCHER_KIND = ClassName.get(RUNTIME, "DispatcherKind");
    static final ClassName SHIVA_APPLICATION = ClassName.get(RUNTIME, "ShivaApplication");
    static final ClassName BPM_REQUEST = ClassName.get(RUNTIME, "BpmRequest");
    static final ClassName WORKERS_TESTING = ClassName.get(RUNTIME + ".testing", "Workers");
    static final ClassName WAITER_DAEMON = ClassName.get(RUNTIME + ".builtin", "WaiterDaemon");

    static final ClassName PROTOTYPE = ClassName.get("io.micronaut.context.annotation", "Prototype");
    static final ClassName REQUIRES = ClassName.get("io.micronaut.context.annotation", "Requires");
    static final ClassName CONTROLLER = ClassName.get("io.micronaut.http.annotation", "Controller");
    static final ClassName GET = ClassName.get("io.micronaut.http.annotation", "Get");
    static final ClassName GAUGE = ClassName.get("io.micrometer.core.instrument", "Gauge");
    static final ClassName SIMPLE_METER_REGISTRY =
            ClassName.get("io.micrometer.core.instrument.simple", "SimpleMeterRegistry");

    private RuntimeTypes() {}

    /** The runtime base class a worker of this dispatcher type extends. */
    static ClassName workerKind(DispatcherType type) {
        return ClassName.get(
                RUNTIME,
                switch (type) {
                    case RMQ -> "RmqWorker";
                    case WEB -> "WebWorker";
                    case DAEMON -> "DaemonWorker";
                    case METRICS -> "MetricWorker";
                });
    }

    /** What a worker gets for a connection of this driver (the runtime's handle of it). */
    static ClassName handle(Driver driver) {
        return switch (driver) {
            case POSTGRES -> ClassName.get("io.r2dbc.spi", "ConnectionFactory");
            case REDIS -> ClassName.get(RUNTIME + ".connections", "RedisHandle");
            case MONGODB -> ClassName.get("com.mongodb.reactivestreams.client", "MongoClient");
            case S3 -> ClassName.get(RUNTIME + ".connections", "S3Operations");
            case RMQ -> ClassName.get(RUNTIME, "RoutedPublisher");
        };
    }

    /** The runtime's {@code DispatcherKind} constant for a dispatcher type. */
    static String kindConstant(DispatcherType type) {
        return type.name();
    }
}
