package dev.shiva.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.shiva.core.model.DispatcherModel;
import dev.shiva.core.model.RouteModel;
import dev.shiva.core.model.ServiceModel;
import dev.shiva.core.model.WorkerModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The switch table of a routed rmq dispatcher: one case per route key config.yml gives its workers,
 * calling the handler method of the entry that owns the route. When entries share a route (only
 * one of them may run at a time, the validator ensures), the first running one takes it.
 */
final class RouteTableGenerator {

    private static final ClassName ROUTE_TABLE = ClassName.get("dev.shiva.runtime", "RouteTable");
    private static final ClassName WORKER_LOOKUP = ClassName.get("dev.shiva.runtime", "WorkerLookup");
    private static final ClassName UNKNOWN_ROUTE = ClassName.get("dev.shiva.runtime", "UnknownRouteException");

    private final ProjectLayout layout;

    RouteTableGenerator(ProjectLayout layout) {
        this.layout = layout;
    }

    static ClassName className(ProjectLayout layout, DispatcherModel dispatcher) {
        String simpleName = Character.toUpperCase(dispatcher.javaName().charAt(0))
                + dispatcher.javaName().substring(1);
        return ClassName.get(layout.generatedPackage(), simpleName + "RouteTable");
    }

    TypeSpec generate(ServiceModel model, DispatcherModel dispatcher) {
        Map<String, List<Handler>> handlers = handlersByRoute(model, dispatcher);
        return TypeSpec.classBuilder(className(layout, dispatcher))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ROUTE_TABLE)
                .addJavadoc(
                        "Routes of the rmq dispatcher {@code $L}: the body's object.action to a handler.\n",
                        dispatcher.identity())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), "ROUTES")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.of($L)", List.class, routeLiterals(handlers))
                        .build())
                .addMethod(MethodSpec.methodBuilder("routes")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(List.class, String.class))
                        .addStatement("return ROUTES")
                        .build())
                .addMethod(dispatch(handlers))
                .build();
    }

    private MethodSpec dispatch(Map<String, List<Handler>> handlers) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("dispatch")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Object.class)
                .addParameter(RuntimeTypes.BPM_REQUEST, "request")
                .addParameter(WORKER_LOOKUP, "workers")
                .addException(Exception.class)
                .beginControlFlow("switch (request.routeKey())");
        handlers.forEach((route, owners) -> {
            method.addCode("case $S: {\n$>", route);
            for (Handler owner : owners) {
                ClassName type = ClassName.get(layout.workersPackage(), owner.javaClass());
                method.addStatement(
                                "$T $N = workers.worker($S, $T.class)", type, owner.variable(), owner.entryKey(), type)
                        .beginControlFlow("if ($N != null)", owner.variable())
                        .addStatement("return $N.$N(request)", owner.variable(), owner.method())
                        .endControlFlow();
            }
            method.addStatement("break").addCode("$<}\n");
        });
        return method.addCode("default:\n$>")
                .addStatement("break")
                .addCode("$<")
                .endControlFlow()
                .addStatement("throw new $T(request.routeKey())", UNKNOWN_ROUTE)
                .build();
    }

    private static Map<String, List<Handler>> handlersByRoute(ServiceModel model, DispatcherModel dispatcher) {
        Map<String, List<Handler>> handlers = new LinkedHashMap<>();
        for (WorkerModel worker : model.workersOf(dispatcher)) {
            String javaClass = model.workerClass(worker.workerClass()).javaName();
            for (RouteModel route : worker.routes()) {
                List<Handler> owners = handlers.computeIfAbsent(route.key(), k -> new ArrayList<>());
                owners.add(new Handler(worker.key(), javaClass, route.methodName(), "worker" + owners.size()));
            }
        }
        return handlers;
    }

    private static CodeBlock routeLiterals(Map<String, List<Handler>> handlers) {
        return CodeBlock.join(
                handlers.keySet().stream()
                        .map(route -> CodeBlock.of("$S", route))
                        .toList(),
                ", ");
    }

    private record Handler(String entryKey, String javaClass, String method, String variable) {}
}
