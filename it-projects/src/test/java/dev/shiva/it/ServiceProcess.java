package dev.shiva.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A built service started with {@code java -jar}, as it runs in production. Its stdout and stderr go to
 * files, so that nothing blocks on a full pipe and a failing test can show what the service said.
 * {@link #close()} ends the process whatever happened: use it in try-with-resources.
 */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ServiceProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code java -jar jar} in {@code workingDir}, where the service finds its config.yml. */
    static ServiceProcess startJar(Path workingDir, Path jar, Map<String, String> environment) throws IOException {
        Path stdout = Files.createTempFile("shiva-it-service-out", ".txt");
        Path stderr = Files.createTempFile("shiva-it-service-err", ".txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toString()))
                .directory(workingDir.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        // SHIVA_CONFIG in the caller's environment would point the service at another config.yml.
        builder.environment().remove("SHIVA_CONFIG");
        builder.environment().putAll(environment);
        return new ServiceProcess(builder.start(), stdout, stderr);
    }

    /** A TCP port nobody listens on right now, for the service's HTTP server. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String stdout() {
        return read(stdout);
    }

    String stderr() {
        return read(stderr);
    }

    /** Both streams, labelled: for failure messages. */
    String output() {
        return "--- stdout of the service:\n" + stdout() + "--- stderr of the service:\n" + stderr();
    }

    /** Waits until stdout or stderr contains {@code text}; fails, with the output, when it does not. */
    void awaitOutput(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!(stdout().contains(text) || stderr().contains(text))) {
            if (System.nanoTime() > deadline) {
                fail("the service did not print '" + text + "' within " + timeout.toSeconds() + " s\n" + output());
            }
            if (!process.isAlive()) {
                fail("the service exited with " + process.exitValue() + " before printing '" + text + "'\n" + output());
            }
            Thread.sleep(100);
        }
    }

    /** Sends SIGTERM (what {@link Process#destroy()} does on Linux), as an orchestrator stops a service. */
    void sendSigterm() {
        process.destroy();
    }

    /**
     * Sends SIGKILL (what {@link ProcessHandle#destroyForcibly()} does on Linux): a crash, with no stop, no
     * shutdown hook and no settling of the messages in flight.
     */
    void sendSigkill() {
        process.toHandle().destroyForcibly();
    }

    /** The exit code; fails, with the output, when the process is still running after {@code timeout}. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("the service did not exit within " + timeout.toSeconds() + " s\n" + output());
        }
        return process.exitValue();
    }

    /** Kills the service if it still runs (a failed assertion must not leave it listening) and drops its logs. */
    @Override
    public void close() throws IOException {
        try {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            // The kill was sent; only the wait for it was cut short. Keep the interrupt for the caller.
            Thread.currentThread().interrupt();
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private static String read(Path file) {
        try {
            // Not Files.readString: the service may be midway through writing a multi-byte character.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Polls {@code GET /readiness} on {@code port}, as an orchestrator's probe does, until it answers
     * {@code status}, and returns that answer; fails with the service's output when the process ends
     * first or {@code limit} passes.
     */
    HttpResponse<String> awaitReadiness(int port, int status, Duration limit) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readiness"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long deadline = System.nanoTime() + limit.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                fail("the service ended while /readiness was awaited\n" + output());
            }
            try {
                HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == status) {
                    return answer;
                }
                last = answer.statusCode() + " " + answer.body();
            } catch (IOException notListeningYet) {
                last = notListeningYet.toString();
            }
            Thread.sleep(200);
        }
        return fail("GET /readiness did not answer " + status + " within " + limit.toSeconds() + " s (last: " + last
                + ")\n" + output());
    }
}
