package dev.shiva.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the built shiva jar as a separate process, the way a user runs it. */
record ShivaProcess(int exitCode, String out, String err) {

    static ShivaProcess run(Path workingDir, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("shiva.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no shiva jar at " + jar + "; build generator-cli first");
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("shiva-out", ".txt");
        Path err = Files.createTempFile("shiva-err", ".txt");
        Process process = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("shiva " + String.join(" ", args) + " did not finish within 60 s");
        }
        return new ShivaProcess(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static Path samples() {
        return Path.of(System.getProperty("shiva.samples.dir"));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
