package dev.shiva.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.shiva.core.model.ConnectionModel;
import dev.shiva.core.model.DependencyModel;
import dev.shiva.core.model.RouteModel;
import dev.shiva.core.model.WorkerClassModel;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * One abstract base per worker class: it fixes the runtime kind (daemon, web, metric, rmq), the
 * config type, one typed accessor per connection its entries list under {@code depends}, and for
 * rmq workers one abstract method per route, so that a route added to config.yml is a compile error
 * at the exact class that must handle it.
 */
final class WorkerBaseGenerator {

    TypeSpec generate(WorkerClassModel workerClass, ClassName baseName, ClassName configName) {
        TypeName superclass =
                ParameterizedTypeName.get(RuntimeTypes.workerKind(workerClass.dispatcherType()), configName);
        TypeSpec.Builder type = TypeSpec.classBuilder(baseName)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .superclass(superclass)
                .addJavadoc(
                        "Base of the worker class {@code $L} ($L dispatcher). Extend it in your own class; this one\n"
                                + "is rewritten by {@code shiva generate}.\n",
                        workerClass.yamlName(),
                        workerClass.dispatcherType().yamlName());
        for (DependencyModel dependency : workerClass.dependencies()) {
            type.addMethod(accessor(workerClass, dependency));
        }
        for (RouteModel route : workerClass.routes()) {
            type.addMethod(routeMethod(route));
        }
        return type.build();
    }

    /**
     * {@code pgMain()}: the handle of a connection, through the runtime's {@code connection} (or
     * {@code optionalConnection} when some entries of the class do not list it).
     */
    private static MethodSpec accessor(WorkerClassModel workerClass, DependencyModel dependency) {
        ConnectionModel connection = dependency.connection();
        ClassName handle = RuntimeTypes.handle(connection.driver());
        MethodSpec.Builder method =
                MethodSpec.methodBuilder(connection.accessorName()).addModifiers(Modifier.PROTECTED, Modifier.FINAL);
        if (dependency.optional()) {
            return method.returns(ParameterizedTypeName.get(ClassName.get(Optional.class), handle))
                    .addJavadoc(
                            "The connection {@code $L} (driver {@code $L}), for the entries of {@code $L} that list it under\n"
                                    + "{@code depends}; empty for the others.\n",
                            connection.key(),
                            connection.driver().yamlName(),
                            workerClass.yamlName())
                    .addStatement("return optionalConnection($S, $T.class)", connection.key(), handle)
                    .build();
        }
        return method.returns(handle)
                .addJavadoc(
                        "The connection {@code $L} (driver {@code $L}), which this worker lists under\n"
                                + "{@code depends}.\n",
                        connection.key(),
                        connection.driver().yamlName())
                .addStatement("return connection($S, $T.class)", connection.key(), handle)
                .build();
    }

    static MethodSpec.Builder routeSignature(RouteModel route) {
        return MethodSpec.methodBuilder(route.methodName())
                .addModifiers(Modifier.PUBLIC)
                .returns(Object.class)
                .addParameter(RuntimeTypes.BPM_REQUEST, "request")
                .addException(Exception.class);
    }

    private static MethodSpec routeMethod(RouteModel route) {
        return routeSignature(route)
                .addModifiers(Modifier.ABSTRACT)
                .addJavadoc(
                        "Handles messages whose {@code object.action} is {@code $L}. A returned value is published as\n"
                                + "the reply; {@code null} sends none. {@code request.params(YourRecord.class)} binds the\n"
                                + "params to a {@code @Serdeable} record of yours (a misfit is rejected as {@code bad_params});\n"
                                + "{@code RmqContext.current()} gives the AMQP properties.\n",
                        route.key())
                .build();
    }
}
