package dev.shiva.core.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.model.ServiceModel;
import dev.shiva.core.output.GeneratedFile;
import dev.shiva.core.resolve.ServiceResolver;
import dev.shiva.core.validate.ConfigValidator;
import dev.shiva.core.validate.ValidationReport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The user's class and test for workers of unrouted dispatchers: under JSON_UnroutedALL the stub
 * overrides {@code handle} (the runtime's default throws, so without it every message would fail);
 * under a custom protocol it says what the protocol expects and has no BPM handler.
 */
class ProtocolStubsTest {

    private static final String CONFIG = """
            app_name: protocols
            connections:
              rmq_main: {driver: rmq, config: {dsn: 'amqp://guest:guest@127.0.0.1:5672/%2F'}}
            dispatchers:
              events:
                name: events
                dispatcher: rmq
                connection: rmq_main
                proto: JSON_UnroutedALL
                enabled: true
                config:
                  exchanges:
                    EVENTS:
                      queues:
                        events_in:
                          config: {additional: {x-dead-letter-exchange: EVENTS.dlx}}
                          bindings: ['#']
              lines:
                name: lines
                dispatcher: rmq
                connection: rmq_main
                proto: com.acme.protocols.CsvProtocol
                enabled: true
                config:
                  exchanges:
                    LINES:
                      queues:
                        lines_in:
                          config: {additional: {x-dead-letter-exchange: LINES.dlx}}
                          bindings: ['#']
            workers:
              sink: {worker: event_sink, dispatcher: events, enabled: true}
              csv: {worker: csv_reader, dispatcher: lines, enabled: true}
            """;

    private final List<GeneratedFile> files = generate();

    @Test
    void anUnroutedWorkerHandlesEveryMessageAndItsTestCallsHandle() {
        String stub = content("EventSink.java");
        assertTrue(stub.contains("public Object handle(BpmRequest request) throws Exception {"), stub);
        String test = content("EventSinkTest.java");
        assertTrue(test.contains("worker.handle(new BpmRequest("), test);
    }

    @Test
    void aCustomProtocolWorkerSaysWhatItsProtocolExpects() {
        String stub = content("CsvReader.java");
        assertTrue(stub.contains("{@code com.acme.protocols.CsvProtocol}"), stub);
        assertFalse(stub.contains("handle("), stub);
    }

    @Test
    void theStubsAndTheirTestsCompile() {
        Compilation compilation = Compiler.javac()
                .withProcessors(GeneratedJavaCompilesTest.micronautProcessors())
                .withOptions("-Xlint:all", "-Xlint:-processing", "-Xlint:-serial", "-Werror")
                .compile(GeneratedJavaCompilesTest.sources(
                        files, "src/generated/java/", "src/main/java/", "src/test/java/"));

        assertThat(compilation).succeededWithoutWarnings();
    }

    private String content(String name) {
        return files.stream()
                .filter(f -> f.path().endsWith("/" + name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name))
                .content()
                .utf8();
    }

    private static List<GeneratedFile> generate() {
        ValidationReport report = new ConfigValidator().validateText(CONFIG, "config.yml");
        assertTrue(report.valid(), report.diagnostics().toString());
        ServiceModel model =
                new ServiceResolver().resolve(new SourceConfig(report.document().orElseThrow()));
        return new JavaSources(ProjectLayout.of("com.example.protocols", Optional.empty())).generate(model);
    }
}
