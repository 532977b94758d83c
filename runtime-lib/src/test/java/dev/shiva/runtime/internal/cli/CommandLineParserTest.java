package dev.shiva.runtime.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineParserTest {

    private static Launch parse(String... args) {
        return CommandLineParser.parse("orders", args);
    }

    @Test
    void daemonRunIsTheDefaultCommand() {
        assertEquals(new Launch.DaemonRun(Optional.empty()), parse());
        assertEquals(new Launch.DaemonRun(Optional.empty()), parse("daemon", "run"));
        assertEquals(new Launch.DaemonRun(Optional.of("a.yml")), parse("daemon", "run", "--config", "a.yml"));
        assertEquals(new Launch.DaemonRun(Optional.of("a.yml")), parse("daemon", "run", "--config=a.yml"));
        assertEquals(new Launch.DaemonRun(Optional.of("b.yml")), parse("--config", "b.yml"));
    }

    @Test
    void helpAtAnyLevelGivesThatLevelsUsage() {
        assertTrue(((Launch.Help) parse("--help")).usage().startsWith("Usage: orders"));
        assertTrue(((Launch.Help) parse("daemon", "run", "-h")).usage().startsWith("Usage: orders daemon run"));
    }

    @Test
    void wrongCommandLinesAreUsageErrors() {
        assertEquals(
                "Unmatched argument at index 0: 'serve' (usage: orders [daemon run] [--config FILE])",
                assertThrows(UsageException.class, () -> parse("serve")).getMessage());
        assertEquals(
                "missing command after 'daemon' (usage: orders daemon run [--config FILE])",
                assertThrows(UsageException.class, () -> parse("daemon")).getMessage());
        assertInstanceOf(UsageException.class, assertThrows(UsageException.class, () -> parse("--config")));
    }

    @Test
    void theConfigComesFromTheOptionThenTheEnvironmentThenTheWorkingDirectory(@TempDir Path directory)
            throws Exception {
        Path option = Files.writeString(directory.resolve("option.yml"), "a: 1");
        Path fromEnvironment = Files.writeString(directory.resolve("env.yml"), "a: 1");
        Map<String, String> environment = Map.of("SHIVA_CONFIG", fromEnvironment.toString());
        assertEquals(
                option,
                ConfigLocation.resolve(Optional.of(option.toString()), environment::get)
                        .path());
        assertEquals(
                fromEnvironment,
                ConfigLocation.resolve(Optional.empty(), environment::get).path());
        UsageException missing = assertThrows(
                UsageException.class, () -> ConfigLocation.resolve(Optional.empty(), Map.<String, String>of()::get));
        assertTrue(missing.getMessage().startsWith("config file config.yml not found in "), missing.getMessage());
        assertTrue(missing.getMessage().endsWith("; give --config FILE or set SHIVA_CONFIG"), missing.getMessage());
        assertEquals(
                "config file " + directory + " is not a regular file",
                assertThrows(
                                UsageException.class,
                                () -> ConfigLocation.resolve(Optional.of(directory.toString()), k -> null))
                        .getMessage());
    }
}
