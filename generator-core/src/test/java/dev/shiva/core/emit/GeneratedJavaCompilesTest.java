package dev.shiva.core.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.shiva.core.output.GeneratedFile;
import dev.shiva.core.output.Zone;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What shiva generates for the samples compiles against runtime-lib with Micronaut's annotation
 * processors, as it will in the generated project's build, and the processors turn the user's
 * worker classes into beans.
 */
class GeneratedJavaCompilesTest {

    static List<String> samples() {
        return Samples.NAMES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void mainSourcesCompileIntoMicronautBeans(String sample) {
        List<GeneratedFile> files = generate(sample);

        Compilation compilation = compile(files, "src/generated/java/", "src/main/java/");

        assertThat(compilation).succeededWithoutWarnings();
        for (GeneratedFile file : files) {
            if (file.zone() == Zone.USER && file.path().startsWith("src/main/java/")) {
                String className = file.path()
                        .substring("src/main/java/".length(), file.path().length() - ".java".length());
                String definition = className.replaceAll("([^/]+)$", "\\$$1\\$Definition") + ".class";
                assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, definition);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void testStubsCompileWithTheMainSources(String sample) {
        Compilation compilation = compile(generate(sample), "src/generated/java/", "src/main/java/", "src/test/java/");

        assertThat(compilation).succeededWithoutWarnings();
    }

    private static List<GeneratedFile> generate(String sample) {
        return new JavaSources(ProjectLayout.of("com.example.service", Optional.empty()))
                .generate(Samples.model(sample));
    }

    /** javac with every warning an error and Micronaut's processors, as the generated project builds. */
    private static Compilation compile(List<GeneratedFile> files, String... roots) {
        return Compiler.javac()
                .withProcessors(micronautProcessors())
                .withOptions("-Xlint:all", "-Xlint:-processing", "-Xlint:-serial", "-Werror")
                .compile(sources(files, roots));
    }

    static List<JavaFileObject> sources(List<GeneratedFile> files, String... roots) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (GeneratedFile file : files) {
            for (String root : roots) {
                if (file.path().startsWith(root) && file.path().endsWith(".java")) {
                    String name = file.path()
                            .substring(root.length(), file.path().length() - ".java".length())
                            .replace('/', '.');
                    sources.add(JavaFileObjects.forSourceString(
                            name, new String(file.content().bytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return sources;
    }

    static List<Processor> micronautProcessors() {
        List<Processor> processors = new ArrayList<>();
        ServiceLoader.load(Processor.class).forEach(p -> {
            if (p.getClass().getName().startsWith("io.micronaut.")) {
                processors.add(p);
            }
        });
        return processors;
    }
}
