package dev.shiva.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.shiva.core.model.Protocol;
import dev.shiva.core.model.RouteModel;
import dev.shiva.core.model.WorkerClassModel;
import dev.shiva.core.model.WorkerModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.lang.model.element.Modifier;

/**
 * The user's class of a worker, written once (zone 2) and never again: a working starting point
 * that compiles, runs and shows where the business logic goes.
 */
final class WorkerStubGenerator {

    TypeSpec generate(WorkerClassModel workerClass, List<WorkerModel> entries, ClassName name, ClassName base) {
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .superclass(base)
                .addJavadoc(
                        "The worker class {@code $L}: your code. shiva created this file once and never touches it again.\n",
                        workerClass.yamlName());
        switch (workerClass.dispatcherType()) {
            case DAEMON -> daemon(type);
            case METRICS -> metric(type, workerClass);
            case WEB -> web(type, entries);
            case RMQ ->
                rmq(
                        type,
                        workerClass,
                        entries.isEmpty()
                                ? Protocol.NONE
                                : entries.get(0).dispatcher().protocol());
        }
        return type.build();
    }

    private static void daemon(TypeSpec.Builder type) {
        type.addAnnotation(RuntimeTypes.PROTOTYPE)
                .addMethod(MethodSpec.methodBuilder("start")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addException(Exception.class)
                        .addComment(
                                "Runs until the service stops; config() holds this entry's settings from config.yml.")
                        .beginControlFlow("while (running())")
                        .addStatement("log().info($S, name(), instance())", "{} #{} is working")
                        .addStatement("pause($T.ofSeconds(5))", Duration.class)
                        .endControlFlow()
                        .build());
    }

    private static void metric(TypeSpec.Builder type, WorkerClassModel workerClass) {
        type.addAnnotation(RuntimeTypes.PROTOTYPE)
                .addField(FieldSpec.builder(AtomicLong.class, "value", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T()", AtomicLong.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("prepare")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement(
                                "$T.builder($S, value, $T::get).tag($S, name()).register(meterRegistry())",
                                RuntimeTypes.GAUGE,
                                workerClass.yamlName() + "_value",
                                AtomicLong.class,
                                "worker")
                        .build())
                .addMethod(MethodSpec.methodBuilder("start")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addException(Exception.class)
                        .addComment("Update the gauge from what this metric measures.")
                        .beginControlFlow("while (running())")
                        .addStatement("value.incrementAndGet()")
                        .addStatement("pause($T.ofSeconds(5))", Duration.class)
                        .endControlFlow()
                        .build());
    }

    private static void web(TypeSpec.Builder type, List<WorkerModel> entries) {
        WorkerModel entry = entries.get(0);
        type.addAnnotation(AnnotationSpec.builder(RuntimeTypes.CONTROLLER)
                        .addMember("value", "$S", "/" + entry.name())
                        .build())
                .addAnnotation(AnnotationSpec.builder(RuntimeTypes.REQUIRES)
                        .addMember("property", "$S", "shiva.workers." + entry.key() + ".enabled")
                        .addMember("value", "$S", "true")
                        .build())
                .addMethod(MethodSpec.methodBuilder("index")
                        .addAnnotation(RuntimeTypes.GET)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(Map.class, String.class, String.class))
                        .addComment("Add your endpoints here: Micronaut's @Get, @Post, ... on methods of this class.")
                        .addStatement("return $T.of($S, name())", Map.class, "worker")
                        .build());
    }

    private static void rmq(TypeSpec.Builder type, WorkerClassModel workerClass, Protocol protocol) {
        type.addAnnotation(RuntimeTypes.PROTOTYPE);
        if (protocol.kind() == Protocol.Kind.UNROUTED_BPM) {
            // Without it every message would fail: RmqWorker.handle throws until a class overrides it.
            type.addMethod(MethodSpec.methodBuilder("handle")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(Object.class)
                    .addParameter(RuntimeTypes.BPM_REQUEST, "request")
                    .addException(Exception.class)
                    .addStatement("log().info($S, request.object(), request.action(), request.messageId())", "{}.{} {}")
                    .addComment("Every message of the dispatcher comes here (JSON_UnroutedALL); the value is ignored.")
                    .addStatement("return null")
                    .build());
        } else if (protocol.kind() == Protocol.Kind.CUSTOM) {
            type.addJavadoc(
                    "\n<p>Its dispatcher's protocol is {@code $L}: implement here what that protocol's\n"
                            + "{@code workerType()} asks of the workers it dispatches to.\n",
                    protocol.name());
        }
        for (RouteModel route : workerClass.routes()) {
            type.addMethod(WorkerBaseGenerator.routeSignature(route)
                    .addAnnotation(Override.class)
                    .addStatement("log().info($S, request.messageId(), request.params())", route.key() + " {}: {}")
                    .addComment("Return a value to publish it as the reply; null sends none.")
                    .addStatement("return null")
                    .build());
        }
    }
}
