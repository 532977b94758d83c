package dev.shiva.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shiva generate} over a project the user has worked on: config.yml gains and loses workers and
 * config keys, and nothing the user wrote is lost, in their worker class, in the shared pom.xml, or in
 * the class of a worker config.yml no longer names.
 */
class RegenerationBuildTest {

    private static final String WORKERS = "src/main/java/com/example/demo/workers/";
    private static final String WORKER_TESTS = "src/test/java/com/example/demo/workers/";
    private static final String HEARTBEAT_CONFIG =
            "src/generated/java/com/example/demo/generated/config/HeartbeatConfig.java";

    private static final String REPORTER_ENTRY = """
              reporter:
                worker: reporter
                name: reporter
                dispatcher: daemons
                enabled: true
            """;
    private static final String CLEANER_ENTRY = """
              cleaner:
                worker: cleaner
                name: cleaner
                dispatcher: daemons
                enabled: true
            """;

    @Test
    void regenerationKeepsEveryUserEditAndReportsTheOrphan(@TempDir Path project) throws Exception {
        regenerateOverUserEditsAndCheckNothingWasLost(project);
    }

    @Test
    void theRegeneratedProjectStillBuilds(@TempDir Path project) throws Exception {
        regenerateOverUserEditsAndCheckNothingWasLost(project);

        // Compiles the user's Heartbeat against the regenerated HeartbeatConfig (retries()) and
        // commons-lang3 (the user's dependency), compiles the orphaned Reporter, runs every test stub.
        MavenBuild.assertPackages(project);
    }

    private static void regenerateOverUserEditsAndCheckNothingWasLost(Path project) throws Exception {
        shivaSucceeds(project, "new", "demo", "--dir", project.toString());
        Path config = project.resolve("config.yml");

        // A second worker, generated, then dropped from config.yml below: its class becomes an orphan.
        TextEdits.append(config, REPORTER_ENTRY);
        shivaSucceeds(project, "generate", "--dir", project.toString());
        assertTrue(Files.isRegularFile(project.resolve(WORKERS + "Reporter.java")));

        // The user's own work: the worker's code (using a config key added below, and their dependency)...
        Path heartbeat = project.resolve(WORKERS + "Heartbeat.java");
        TextEdits.insertAfterLine(
                heartbeat, "import java.time.Duration;", "import org.apache.commons.lang3.StringUtils;\n");
        TextEdits.replace(
                heartbeat,
                "log().info(\"{} #{} is working\", name(), instance());",
                "log().info(\"{} #{} beats, {} retries allowed\", StringUtils.capitalize(name()), instance(),"
                        + " config().retries());");
        // ...and a dependency, where the pom says the user's dependencies go.
        Path pom = project.resolve("pom.xml");
        TextEdits.insertAfterLine(pom, "    <!-- Yours: add your own dependencies below this line. -->", """
                    <dependency>
                      <groupId>org.apache.commons</groupId>
                      <artifactId>commons-lang3</artifactId>
                      <version>3.17.0</version>
                    </dependency>
                """);
        byte[] editedHeartbeat = Files.readAllBytes(heartbeat);
        byte[] editedPom = Files.readAllBytes(pom);

        // config.yml moves on: a new worker, a new config key, a worker removed.
        TextEdits.insertAfterLine(config, "      message: \"demo is alive\"", "      retries: 3\n");
        TextEdits.replace(config, REPORTER_ENTRY, "");
        TextEdits.append(config, CLEANER_ENTRY);
        ShivaProcess regenerated = shivaSucceeds(project, "generate", "--dir", project.toString());

        assertArrayEquals(editedHeartbeat, Files.readAllBytes(heartbeat), "Heartbeat.java, edited by the user");
        assertArrayEquals(editedPom, Files.readAllBytes(pom), "pom.xml, edited by the user");
        assertTrue(Files.isRegularFile(project.resolve(WORKERS + "Cleaner.java")), regenerated.out());
        assertTrue(Files.isRegularFile(project.resolve(WORKER_TESTS + "CleanerTest.java")), regenerated.out());
        assertTrue(Files.isRegularFile(project.resolve(WORKERS + "Reporter.java")), regenerated.out());
        assertTrue(
                regenerated.out().contains("src/main/java/com/example/demo/workers/Reporter.java: orphaned"),
                regenerated.out());
        String heartbeatConfig = Files.readString(project.resolve(HEARTBEAT_CONFIG));
        assertTrue(
                Pattern.compile("record HeartbeatConfig\\([^)]*\\blong retries[,)]")
                        .matcher(heartbeatConfig)
                        .find(),
                heartbeatConfig);

        // Settled: the tree is what config.yml says, and one more run changes nothing.
        shivaSucceeds(project, "generate", "--check", "--dir", project.toString());
        ShivaProcess again = shivaSucceeds(project, "generate", "--dir", project.toString());
        assertTrue(again.out().contains("generated: 0 created, 0 updated, 0 deleted,"), again.out());
    }

    private static ShivaProcess shivaSucceeds(Path workingDir, String... args) throws Exception {
        ShivaProcess run = ShivaProcess.run(workingDir, args);
        assertEquals(0, run.exitCode(), "shiva " + String.join(" ", args) + "\n" + run.out() + run.err());
        return run;
    }
}
