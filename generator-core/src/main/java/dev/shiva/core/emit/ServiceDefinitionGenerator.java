package dev.shiva.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.shiva.core.model.DispatcherModel;
import dev.shiva.core.model.ServiceModel;
import dev.shiva.core.model.WorkerClassModel;
import dev.shiva.core.model.WorkerModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * {@code ServiceDefinition}, the service's structure as the runtime needs it: one method per
 * dispatcher listing its worker entries with their classes, config binders and the connection keys
 * their {@code depends} resolved to. The shape list is
 * a resource beside it rather than a constant, since a large config would overflow a method.
 */
final class ServiceDefinitionGenerator {

    static final String CLASS_NAME = "ServiceDefinition";
    static final String SHAPE_RESOURCE = "shape.txt";

    private final ProjectLayout layout;

    ServiceDefinitionGenerator(ProjectLayout layout) {
        this.layout = layout;
    }

    TypeSpec generate(ServiceModel model) {
        ClassName name = ClassName.get(layout.generatedPackage(), CLASS_NAME);
        TypeName dispatcherList =
                ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.DISPATCHER_BLUEPRINT);
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.SERVICE_BLUEPRINT)
                .addJavadoc("The structure of the service as config.yml had it when {@code shiva generate} ran.\n")
                .addField(FieldSpec.builder(
                                ParameterizedTypeName.get(List.class, String.class),
                                "shape",
                                Modifier.PRIVATE,
                                Modifier.FINAL)
                        .initializer("readShape()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("applicationName")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return $S", model.appName())
                        .build())
                .addMethod(MethodSpec.methodBuilder("shape")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(List.class, String.class))
                        .addStatement("return shape")
                        .build());
        CodeBlock.Builder all = CodeBlock.builder();
        for (int i = 0; i < model.dispatchers().size(); i++) {
            DispatcherModel dispatcher = model.dispatchers().get(i);
            String method = dispatcher.javaName() + "Dispatcher";
            all.add(i == 0 ? "\n$N()" : ",\n$N()", method);
            type.addMethod(dispatcherMethod(model, dispatcher, method));
        }
        type.addMethod(MethodSpec.methodBuilder("dispatchers")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(dispatcherList)
                .addStatement("return $T.of($L)", List.class, all.build())
                .build());
        type.addMethod(readShape());
        return type.build();
    }

    private MethodSpec dispatcherMethod(ServiceModel model, DispatcherModel dispatcher, String method) {
        CodeBlock.Builder workers = CodeBlock.builder();
        List<WorkerModel> entries = model.workersOf(dispatcher);
        for (int i = 0; i < entries.size(); i++) {
            workers.add(i == 0 ? "\n$L" : ",\n$L", workerBlueprint(model, entries.get(i)));
        }
        CodeBlock config = dispatcher.config().isPresent()
                ? CodeBlock.of(
                        "$T.<$T<$T, ?>>of($T::from)",
                        Optional.class,
                        Function.class,
                        RuntimeTypes.CONFIG_NODE,
                        JavaSources.dispatcherConfigClass(layout, dispatcher))
                : CodeBlock.of("$T.empty()", Optional.class);
        CodeBlock routes = dispatcher.routed()
                ? CodeBlock.of("$T.of(new $T())", Optional.class, RouteTableGenerator.className(layout, dispatcher))
                : CodeBlock.of("$T.empty()", Optional.class);
        return MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(RuntimeTypes.DISPATCHER_BLUEPRINT)
                .addStatement(
                        "return new $T($S, $S, $T.$L, $T.of($L), $L, $L)",
                        RuntimeTypes.DISPATCHER_BLUEPRINT,
                        dispatcher.key(),
                        dispatcher.identity(),
                        RuntimeTypes.DISPATCHER_KIND,
                        RuntimeTypes.kindConstant(dispatcher.type()),
                        List.class,
                        workers.build(),
                        routes,
                        config)
                .build();
    }

    /** {@code new WorkerBlueprint(key, name, class, binder[, List.of(depends...)])}: no list when none. */
    private CodeBlock workerBlueprint(ServiceModel model, WorkerModel worker) {
        WorkerClassModel workerClass = model.workerClass(worker.workerClass());
        CodeBlock type;
        CodeBlock binder;
        if (workerClass.builtIn()) {
            type = CodeBlock.of("$T.class", RuntimeTypes.WAITER_DAEMON);
            binder = CodeBlock.of("node -> node");
        } else {
            type = CodeBlock.of("$T.class", ClassName.get(layout.workersPackage(), workerClass.javaName()));
            binder = CodeBlock.of("$T::from", ClassName.get(layout.configPackage(), workerClass.javaName() + "Config"));
        }
        CodeBlock depends = worker.depends().isEmpty()
                ? CodeBlock.of("")
                : CodeBlock.of(
                        ", $T.of($L)",
                        List.class,
                        CodeBlock.join(
                                worker.depends().stream()
                                        .map(key -> CodeBlock.of("$S", key))
                                        .toList(),
                                ", "));
        return CodeBlock.of(
                "new $T($S, $S, $L, $L$L)",
                RuntimeTypes.WORKER_BLUEPRINT,
                worker.key(),
                worker.name(),
                type,
                binder,
                depends);
    }

    private static MethodSpec readShape() {
        return MethodSpec.methodBuilder("readShape")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(List.class, String.class))
                .beginControlFlow(
                        "try ($T in = $T.requireNonNull($N.class.getResourceAsStream($S), $S))",
                        InputStream.class,
                        Objects.class,
                        CLASS_NAME,
                        SHAPE_RESOURCE,
                        SHAPE_RESOURCE + " is missing: rebuild the project")
                .addStatement(
                        "return new $T(new $T(in, $T.UTF_8)).lines().toList()",
                        BufferedReader.class,
                        InputStreamReader.class,
                        StandardCharsets.class)
                .nextControlFlow("catch ($T e)", IOException.class)
                .addStatement("throw new $T(e)", UncheckedIOException.class)
                .endControlFlow()
                .build();
    }
}
