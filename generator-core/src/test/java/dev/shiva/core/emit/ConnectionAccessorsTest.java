package dev.shiva.core.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.model.DependencyModel;
import dev.shiva.core.model.ServiceModel;
import dev.shiva.core.output.GeneratedFile;
import dev.shiva.core.resolve.ServiceResolver;
import dev.shiva.core.validate.ConfigValidator;
import dev.shiva.core.validate.ValidationReport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code depends} resolved to connection keys, and the accessors a worker base gets for them: plain
 * when every entry of the class lists the connection, {@code Optional} when some do not.
 */
class ConnectionAccessorsTest {

    /** Two entries of one class with different depends, and a class without any. */
    private static final String CONFIG = """
            app_name: accessors
            connections:
              pg_main: {driver: postgres, config: {dsn: 'postgresql://postgres@127.0.0.1:5432/db'}}
              rmq_main: {driver: rmq, level: 1, config: {dsn: 'amqp://guest:guest@127.0.0.1:5672/%2F'}}
            dispatchers:
              jobs: {name: jobs, dispatcher: daemon_root, enabled: true}
            workers:
              first:
                worker: sweeper
                dispatcher: jobs
                enabled: true
                depends:
                  databases: [pg_main, postgres]
                  esb: [rmq]
              second:
                worker: sweeper
                dispatcher: jobs
                enabled: true
                depends:
                  databases: [pg_main]
              loner:
                worker: loner
                dispatcher: jobs
                enabled: true
            """;

    private final ServiceModel model = model();

    @Test
    void referencesResolveToConnectionKeysInOrderWithoutRepeats() {
        assertEquals(
                List.of(List.of("pg_main", "rmq_main"), List.of("pg_main"), List.of()),
                model.workers().stream().map(w -> w.depends()).toList());
    }

    @Test
    void aConnectionSomeEntriesOfTheClassLackIsOptional() {
        List<DependencyModel> dependencies = model.workerClass("sweeper").dependencies();

        assertEquals(
                List.of("pg_main", "rmq_main"),
                dependencies.stream().map(d -> d.connection().key()).toList());
        assertEquals(
                List.of(false, true),
                dependencies.stream().map(DependencyModel::optional).toList());
        assertEquals(List.of(), model.workerClass("loner").dependencies());
    }

    @Test
    void theBaseHasOneTypedAccessorPerConnectionAndTheDefinitionListsTheKeys() {
        List<GeneratedFile> files = generate();

        String base = content(files, "SweeperBase.java");
        assertTrue(base.contains("protected final ConnectionFactory pgMain() {"), base);
        assertTrue(base.contains("return connection(\"pg_main\", ConnectionFactory.class);"), base);
        assertTrue(base.contains("protected final Optional<RoutedPublisher> rmqMain() {"), base);
        assertTrue(base.contains("return optionalConnection(\"rmq_main\", RoutedPublisher.class);"), base);
        String definition = content(files, "ServiceDefinition.java");
        assertTrue(
                definition.contains("Sweeper.class, SweeperConfig::from, List.of(\"pg_main\", \"rmq_main\"))"),
                definition);
        assertTrue(definition.contains("Sweeper.class, SweeperConfig::from, List.of(\"pg_main\"))"), definition);
        assertTrue(definition.contains("Loner.class, LonerConfig::from)"), definition);
    }

    @Test
    void theAccessorsCompileAgainstTheRuntime() {
        Compilation compilation = Compiler.javac()
                .withProcessors(GeneratedJavaCompilesTest.micronautProcessors())
                .withOptions("-Xlint:all", "-Xlint:-processing", "-Xlint:-serial", "-Werror")
                .compile(GeneratedJavaCompilesTest.sources(generate(), "src/generated/java/", "src/main/java/"));

        assertThat(compilation).succeededWithoutWarnings();
    }

    private List<GeneratedFile> generate() {
        return new JavaSources(ProjectLayout.of("com.example.accessors", Optional.empty())).generate(model);
    }

    private static String content(List<GeneratedFile> files, String name) {
        return files.stream()
                .filter(f -> f.path().endsWith("/" + name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name))
                .content()
                .utf8();
    }

    private static ServiceModel model() {
        ValidationReport report = new ConfigValidator().validateText(CONFIG, "config.yml");
        assertTrue(report.valid(), report.diagnostics().toString());
        return new ServiceResolver().resolve(new SourceConfig(report.document().orElseThrow()));
    }
}
