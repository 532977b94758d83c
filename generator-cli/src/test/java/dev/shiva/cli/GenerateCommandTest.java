package dev.shiva.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shiva.core.validate.ConfigValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shiva new} and {@code shiva generate} on real directories: the promise never to lose user work. */
class GenerateCommandTest {

    private static final String WORKERS = "src/main/java/com/example/demo/workers/";
    private static final String CONFIGS = "src/generated/java/com/example/demo/generated/config/";

    @TempDir
    Path root;

    @Test
    void newCreatesAProjectWhoseConfigValidates() throws IOException {
        Path demo = newDemo();

        assertTrue(Files.isRegularFile(demo.resolve("pom.xml")));
        assertTrue(Files.isRegularFile(demo.resolve(WORKERS + "Heartbeat.java")));
        assertTrue(Files.isRegularFile(demo.resolve("src/test/java/com/example/demo/workers/HeartbeatTest.java")));
        assertTrue(Files.readString(demo.resolve("config.yml"))
                .startsWith("# yaml-language-server: $schema=config.schema.json"));
        assertTrue(new ConfigValidator()
                .validate(demo.resolve("config.yml"), "config.yml")
                .diagnostics()
                .isEmpty());
    }

    @Test
    void newRefusesANonEmptyDirectory() throws IOException {
        Path dir = Files.createDirectories(root.resolve("taken"));
        Files.writeString(dir.resolve("keep.txt"), "mine");

        CliRun run = CliRun.of("new", "demo", "--dir", dir.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("already exists and is not empty"), run.out());
        assertEquals("mine", Files.readString(dir.resolve("keep.txt")));
    }

    @Test
    void regenerationKeepsEveryUserEditAndReportsOrphans() throws IOException {
        Path demo = newDemo();
        editConfig(demo, addWorker("reporter"));
        assertEquals(0, generate(demo).exitCode());
        String heartbeat = append(demo.resolve(WORKERS + "Heartbeat.java"), "\n// my own notes\n");
        String pom = Files.readString(demo.resolve("pom.xml"))
                .replace(
                        "<!-- Yours: add your own dependencies below this line. -->",
                        "<!-- Yours: add your own dependencies below this line. -->\n"
                                + "    <dependency>\n      <groupId>org.apache.commons</groupId>\n"
                                + "      <artifactId>commons-lang3</artifactId>\n      <version>3.17.0</version>\n    </dependency>");
        Files.writeString(demo.resolve("pom.xml"), pom);

        String config = Files.readString(demo.resolve("config.yml"))
                .replace("      message: \"demo is alive\"\n", "      message: \"demo is alive\"\n      retries: 3\n");
        Files.writeString(demo.resolve("config.yml"), removeWorker(config, "reporter") + worker("cleaner"));
        CliRun run = generate(demo);

        assertEquals(0, run.exitCode(), run.out());
        assertEquals(heartbeat, Files.readString(demo.resolve(WORKERS + "Heartbeat.java")), "user class intact");
        assertEquals(pom, Files.readString(demo.resolve("pom.xml")), "the user's dependency survives the merge");
        assertTrue(Files.isRegularFile(demo.resolve(WORKERS + "Cleaner.java")), "stub of the new worker");
        assertTrue(Files.isRegularFile(demo.resolve(WORKERS + "Reporter.java")), "an orphan is never deleted");
        assertTrue(run.out().contains("Reporter.java"), run.out());
        assertTrue(
                Files.readString(demo.resolve(CONFIGS + "HeartbeatConfig.java")).contains("long retries"));
        assertEquals(
                0, CliRun.of("generate", "--dir", demo.toString(), "--check").exitCode());
    }

    @Test
    void aSecondGenerateWritesNothing() throws IOException {
        Path demo = newDemo();
        Map<Path, FileTime> before = agedMtimes(demo);

        CliRun run = generate(demo);

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("0 created, 0 updated, 0 deleted"), run.out());
        assertEquals(before, mtimes(demo));
    }

    @Test
    void handEditedGeneratedFilesAreRefusedUnlessForced() throws IOException {
        Path demo = newDemo();
        Path generated = demo.resolve(CONFIGS + "HeartbeatConfig.java");
        String edited = append(generated, "// edited by hand\n");

        CliRun refused = generate(demo);
        assertEquals(1, refused.exitCode(), refused.out());
        assertEquals(edited, Files.readString(generated));
        assertTrue(refused.out().contains("HeartbeatConfig.java"), refused.out());

        CliRun forced = CliRun.of("generate", "--dir", demo.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.out());
        assertFalse(Files.readString(generated).contains("edited by hand"));
    }

    @Test
    void dryRunDiffAndCheckWriteNothing() throws IOException {
        Path demo = newDemo();
        editConfig(demo, addWorker("reporter"));
        Map<Path, FileTime> before = agedMtimes(demo);

        CliRun dryRun = CliRun.of("generate", "--dir", demo.toString(), "--dry-run");
        CliRun diff = CliRun.of("generate", "--dir", demo.toString(), "--diff");
        CliRun check = CliRun.of("generate", "--dir", demo.toString(), "--check");

        assertTrue(dryRun.out().contains("src/main/java/com/example/demo/workers/Reporter.java"), dryRun.out());
        assertTrue(diff.out().contains("+++ b/src/main/java/com/example/demo/workers/Reporter.java"), diff.out());
        assertEquals(1, check.exitCode(), check.out());
        assertEquals(before, mtimes(demo));
        assertFalse(Files.exists(demo.resolve(WORKERS + "Reporter.java")));
    }

    @Test
    void aDamagedManifestIsOneLocatedLineAndExitOneNotAnInternalError() throws IOException {
        Path demo = newDemo();
        Files.writeString(demo.resolve(".shiva/manifest"), "garbage line\n", java.nio.file.StandardOpenOption.APPEND);

        CliRun run = generate(demo);

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().matches("shiva: \\.shiva/manifest:\\d+: expected .*found 'garbage line'\\R"), run.err());
    }

    @Test
    void portZeroMeaningAnyFreePortGenerates() throws IOException {
        Path demo = newDemo();
        editConfig(demo, config -> config.replace("port: ${PORT:8085}", "port: ${PORT:0}"));

        CliRun run = generate(demo);

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals("", run.err());
    }

    @Test
    void anInvalidConfigStopsGenerationWithLocatedErrors() throws IOException {
        Path demo = newDemo();
        editConfig(demo, config -> config.replace("dispatcher: daemons", "dispatcher: deamons"));
        Map<Path, FileTime> before = agedMtimes(demo);

        CliRun run = generate(demo);

        assertEquals(1, run.exitCode());
        assertTrue(
                run.out().contains("error[SHV-REF-003]: workers.heartbeat.dispatcher: unknown dispatcher 'deamons'"),
                run.out());
        assertEquals(before, mtimes(demo));
    }

    @Test
    void twoHundredWorkersRegeneratedWithNothingChangedRewriteNoFile() throws IOException {
        Path demo = newDemo();
        StringBuilder workers = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            workers.append(worker("worker_" + i));
        }
        Files.writeString(demo.resolve("config.yml"), Files.readString(demo.resolve("config.yml")) + workers);
        assertEquals(0, generate(demo).exitCode());
        Map<Path, FileTime> before = agedMtimes(demo);

        CliRun run = generate(demo);

        assertEquals(0, run.exitCode(), run.out());
        assertEquals(before, mtimes(demo));
    }

    private Path newDemo() throws IOException {
        Path demo = root.resolve("demo");
        CliRun run = CliRun.of("new", "demo", "--dir", demo.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return demo;
    }

    private static CliRun generate(Path project) {
        return CliRun.of("generate", "--dir", project.toString());
    }

    private static String worker(String name) {
        return "  " + name + ":\n    worker: " + name + "\n    dispatcher: daemons\n    enabled: true\n";
    }

    private static java.util.function.UnaryOperator<String> addWorker(String name) {
        return config -> config + worker(name);
    }

    private static String removeWorker(String config, String name) {
        return config.replace(worker(name), "");
    }

    private static void editConfig(Path project, java.util.function.UnaryOperator<String> edit) throws IOException {
        Path config = project.resolve("config.yml");
        Files.writeString(config, edit.apply(Files.readString(config)));
    }

    private static String append(Path file, String text) throws IOException {
        String content = Files.readString(file) + text;
        Files.writeString(file, content);
        return content;
    }

    /**
     * Sets every file to an old modification time and returns the times: a later rewrite shows
     * even when it happens within the clock tick of the previous write.
     */
    private static Map<Path, FileTime> agedMtimes(Path project) throws IOException {
        FileTime old = FileTime.fromMillis(86_400_000L);
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, old);
            }
        }
        return mtimes(project);
    }

    /** Modification times of every file, by path. */
    private static Map<Path, FileTime> mtimes(Path project) throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(project.relativize(file), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }
}
