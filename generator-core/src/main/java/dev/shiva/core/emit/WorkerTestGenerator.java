package dev.shiva.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.shiva.core.model.Protocol;
import dev.shiva.core.model.RouteModel;
import dev.shiva.core.model.WorkerClassModel;
import dev.shiva.core.model.WorkerModel;

/**
 * A unit test per worker class, written once (zone 2): it takes the config record's {@code
 * example()} (an entry's config from config.yml, kept in step by generate), attaches the worker,
 * and exercises what its kind promises (a daemon stops when asked, a metric registers its meter, a
 * handler handles).
 */
final class WorkerTestGenerator {

    private static final ClassName TEST = ClassName.get("org.junit.jupiter.api", "Test");
    private static final ClassName ASSERTIONS = ClassName.get("org.junit.jupiter.api", "Assertions");

    TypeSpec generate(WorkerClassModel workerClass, WorkerModel entry, ClassName worker, ClassName config) {
        MethodSpec.Builder test = MethodSpec.methodBuilder(testName(workerClass))
                .addAnnotation(TEST)
                .addException(Exception.class)
                .addStatement("$T config = $T.example()", config, config)
                .addStatement(
                        "$T worker = $T.attach(new $T(), $S, config)",
                        worker,
                        RuntimeTypes.WORKERS_TESTING,
                        worker,
                        entry.name());
        switch (workerClass.dispatcherType()) {
            case DAEMON -> stopsWhenAsked(test);
            case METRICS ->
                test.addStatement(
                                "$T registry = new $T()",
                                RuntimeTypes.SIMPLE_METER_REGISTRY,
                                RuntimeTypes.SIMPLE_METER_REGISTRY)
                        .addStatement("worker.attachRegistry(registry)")
                        .addStatement("worker.prepare()")
                        .addStatement(
                                "$T.assertFalse(registry.getMeters().isEmpty(), $S)",
                                ASSERTIONS,
                                "prepare() registers the worker's meters");
            case WEB ->
                test.addStatement("$T.assertEquals($S, worker.index().get($S))", ASSERTIONS, entry.name(), "worker");
            case RMQ -> handles(test, workerClass, entry.dispatcher().protocol());
        }
        return TypeSpec.classBuilder(worker.simpleName() + "Test")
                .addJavadoc("Tests of {@link $T}: yours to extend. shiva created this file once.\n", worker)
                .addMethod(test.build())
                .build();
    }

    private static void stopsWhenAsked(MethodSpec.Builder test) {
        test.addStatement(
                        "$T loop = new $T(() -> { try { worker.start(); } catch ($T e) { throw new $T(e); } })",
                        Thread.class,
                        Thread.class,
                        Exception.class,
                        IllegalStateException.class)
                .addStatement("loop.start()")
                .addStatement("worker.requestStop()")
                .addStatement("loop.join(10_000)")
                .addStatement(
                        "$T.assertFalse(loop.isAlive(), $S)",
                        ASSERTIONS,
                        "start() must return once a stop is requested");
    }

    private static void handles(MethodSpec.Builder test, WorkerClassModel workerClass, Protocol protocol) {
        if (protocol.kind() == Protocol.Kind.UNROUTED_BPM) {
            test.addStatement(
                    "$T.assertDoesNotThrow(() -> worker.handle(new $T($S, $S, $S, $S, $S, $S, $T.of())))",
                    ASSERTIONS,
                    RuntimeTypes.BPM_REQUEST,
                    "test",
                    "service",
                    "any",
                    "event",
                    "R1",
                    "M1",
                    java.util.Map.class);
        }
        for (RouteModel route : workerClass.routes()) {
            String[] parts = route.key().split("\\.", 2);
            test.addStatement(
                    "$T.assertDoesNotThrow(() -> worker.$N(new $T($S, $S, $S, $S, $S, $S, $T.of())))",
                    ASSERTIONS,
                    route.methodName(),
                    RuntimeTypes.BPM_REQUEST,
                    "test",
                    "service",
                    parts[0],
                    parts[1],
                    "R1",
                    "M1",
                    java.util.Map.class);
        }
    }

    private static String testName(WorkerClassModel workerClass) {
        return switch (workerClass.dispatcherType()) {
            case DAEMON -> "stopsWhenAsked";
            case METRICS -> "registersItsMeter";
            case WEB -> "knowsItsName";
            case RMQ -> "handlesEveryRoute";
        };
    }
}
