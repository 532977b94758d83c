package dev.shiva.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.shiva.core.model.ConfigField;
import dev.shiva.core.model.ConfigRecord;
import dev.shiva.core.model.FieldType;
import dev.shiva.core.model.ValueKind;
import dev.shiva.core.model.WorkerModel;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * A worker class's typed config as a Java record, nested mappings as nested records, each with a
 * {@code from(ConfigNode)} binder that reads the runtime config.yml and fails with the located
 * message {@link dev.shiva.core.model.ConfigField} keys deserve.
 */
final class ConfigRecordGenerator {

    /**
     * The record of a worker class, with {@code example()}: the config of one of its entries as
     * config.yml had it at generation, which the worker's unit test binds. Regenerated with the
     * record, it never falls out of step with its keys.
     */
    TypeSpec generate(ClassName name, ConfigRecord record, WorkerModel exampleEntry) {
        return generate(name, record, "this worker class", "workers." + exampleEntry.key(), exampleEntry.configYaml());
    }

    /**
     * A config record of {@code owner} ("this worker class", "the dispatcher x"), with {@code
     * example()}: the block at {@code examplePath} as config.yml had it at generation.
     */
    TypeSpec generate(ClassName name, ConfigRecord record, String owner, String examplePath, String exampleYaml) {
        return record(name, record, "The {@code config:} of " + owner + " in config.yml, typed.\n")
                .addField(FieldSpec.builder(String.class, "EXAMPLE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", exampleYaml)
                        .build())
                .addMethod(MethodSpec.methodBuilder("example")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc(
                                "The config of {@code $L} as config.yml had it when this code was generated\n"
                                        + "(placeholders resolved from the environment or their defaults): for tests.\n",
                                examplePath)
                        .returns(name)
                        .addStatement(
                                "return from($T.fromYaml(EXAMPLE, $S))",
                                RuntimeTypes.CONFIG_NODE,
                                "config.yml#" + examplePath)
                        .build())
                .build();
    }

    private TypeSpec.Builder record(ClassName name, ConfigRecord record, String javadoc) {
        TypeSpec.Builder type =
                TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC).addJavadoc(javadoc);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        for (ConfigField field : record.fields()) {
            constructor.addParameter(ParameterSpec.builder(javaType(name, field), field.javaName())
                    .build());
        }
        type.recordConstructor(constructor.build());
        type.addMethod(binder(name, record));
        for (ConfigField field : record.fields()) {
            nestedRecord(field.type()).ifPresent(nested -> {
                ClassName nestedName = name.nestedClass(nested.javaName());
                String doc = "The {@code " + field.yamlKey() + "} mapping of the config.\n";
                type.addType(record(nestedName, nested, doc).build());
            });
        }
        return type;
    }

    private static MethodSpec binder(ClassName name, ConfigRecord record) {
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int i = 0; i < record.fields().size(); i++) {
            ConfigField field = record.fields().get(i);
            arguments.add(i == 0 ? "\n" : ",\n").add("$L", read(name, field));
        }
        return MethodSpec.methodBuilder("from")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Binds the record from its node of the runtime config.yml.\n")
                .returns(name)
                .addParameter(RuntimeTypes.CONFIG_NODE, "node")
                .addStatement("return new $T($L)", name, arguments.build())
                .build();
    }

    /** The expression reading one field from {@code node}. */
    private static CodeBlock read(ClassName enclosing, ConfigField field) {
        if (field.optional()) {
            return CodeBlock.of(
                    "node.find($S).map(n0 -> $L)", field.yamlKey(), convert(enclosing, field.type(), "n0", 1));
        }
        return convert(
                enclosing,
                field.type(),
                CodeBlock.of("node.get($S)", field.yamlKey()).toString(),
                0);
    }

    /** The expression turning the ConfigNode {@code source} into the Java value of {@code type}. */
    private static CodeBlock convert(ClassName enclosing, FieldType type, String source, int depth) {
        if (type instanceof FieldType.Nested nested) {
            return CodeBlock.of(
                    "$T.from($L)", enclosing.nestedClass(nested.record().javaName()), source);
        }
        if (type instanceof FieldType.ListOf list) {
            String item = "n" + (depth + 1);
            return CodeBlock.of(
                    "$L.asList().stream().map($L -> $L).toList()",
                    source,
                    item,
                    convert(enclosing, list.element(), item, depth + 1));
        }
        return CodeBlock.of("$L.$L()", source, accessor(((FieldType.Scalar) type).kind()));
    }

    private static String accessor(ValueKind kind) {
        return switch (kind) {
            case INTEGER -> "asInteger";
            case NUMBER -> "asNumber";
            case BOOLEAN -> "asBoolean";
            default -> "asString";
        };
    }

    static TypeName javaType(ClassName enclosing, ConfigField field) {
        TypeName type = javaType(enclosing, field.type());
        return field.optional() ? ParameterizedTypeName.get(ClassName.get(Optional.class), type.box()) : type;
    }

    private static TypeName javaType(ClassName enclosing, FieldType type) {
        if (type instanceof FieldType.Nested nested) {
            return enclosing.nestedClass(nested.record().javaName());
        }
        if (type instanceof FieldType.ListOf list) {
            return ParameterizedTypeName.get(
                    ClassName.get(List.class),
                    javaType(enclosing, list.element()).box());
        }
        return switch (((FieldType.Scalar) type).kind()) {
            case INTEGER -> TypeName.LONG;
            case NUMBER -> TypeName.DOUBLE;
            case BOOLEAN -> TypeName.BOOLEAN;
            default -> ClassName.get(String.class);
        };
    }

    /** The record a field declares, directly or as the element type of (nested) lists. */
    private static Optional<ConfigRecord> nestedRecord(FieldType type) {
        if (type instanceof FieldType.Nested nested) {
            return Optional.of(nested.record());
        }
        if (type instanceof FieldType.ListOf list) {
            return nestedRecord(list.element());
        }
        return Optional.empty();
    }
}
