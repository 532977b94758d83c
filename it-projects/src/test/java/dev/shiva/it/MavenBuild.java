package dev.shiva.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code mvn package} of a generated project, run as a separate Maven process: the step a user takes
 * right after {@code shiva new} or {@code shiva generate}.
 */
final class MavenBuild {

    /**
     * Generous, because the first nested build on a machine downloads Micronaut's dependencies; a warm
     * build takes 10 to 20 s.
     */
    private static final long TIMEOUT_MINUTES = 10;

    private static final Pattern TESTS_RUN = Pattern.compile("<testsuite\\b[^>]*?\\btests=\"(\\d+)\"");

    private MavenBuild() {}

    /**
     * Runs {@code mvn -B -q package} in {@code project} and fails the calling test, with the build's
     * log, unless it succeeds and every test class of the project ran. The project's tests (the worker
     * test stubs shiva creates) run as part of the build: that is the point of building.
     */
    static void assertPackages(Path project) throws IOException, InterruptedException {
        List<String> testClasses = testClasses(project);
        int exitCode;
        String log;
        Path logFile = Files.createTempFile("shiva-it-mvn", ".log");
        try {
            exitCode = run(project, logFile);
            log = Files.readString(logFile, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(logFile);
        }
        assertEquals(0, exitCode, () -> "mvn package failed in " + project + ":\n" + log);

        // -q hides the test summary, and a misconfigured build could skip tests silently: the
        // surefire reports are the proof that each test class ran, and ran something.
        Map<String, Integer> testsRunByClass = testsRunByClass(project);
        assertEquals(testClasses, List.copyOf(testsRunByClass.keySet()), "test classes that ran, in " + project);
        testsRunByClass.forEach(
                (testClass, testsRun) -> assertTrue(testsRun > 0, testClass + " ran no test in " + project));
    }

    private static int run(Path project, Path logFile) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B", "-q"));
        // The same local repository as the outer build: `mvn install` put shiva-runtime there, and a
        // -Dmaven.repo.local given to the outer build would otherwise be lost.
        command.add("-Dmaven.repo.local=" + requiredProperty("shiva.it.maven.repo.local"));
        command.add("package");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        // Build with the JDK that runs these tests, not whatever JAVA_HOME the shell had.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process maven = builder.start();
        try {
            if (!maven.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                fail("mvn package did not finish within " + TIMEOUT_MINUTES + " min in " + project + ":\n"
                        + Files.readString(logFile, StandardCharsets.UTF_8));
            }
            return maven.exitValue();
        } finally {
            // Maven forks surefire JVMs: end them too when the build is abandoned.
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly();
        }
    }

    /** The test classes of the project, as surefire names them (fully qualified), sorted. */
    private static List<String> testClasses(Path project) throws IOException {
        Path testSources = project.resolve("src/test/java");
        if (!Files.isDirectory(testSources)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(testSources)) {
            return files.filter(f -> f.getFileName().toString().endsWith("Test.java"))
                    .map(f -> testSources
                            .relativize(f)
                            .toString()
                            .replace('/', '.')
                            .replaceFirst("\\.java$", ""))
                    .sorted()
                    .toList();
        }
    }

    private static Map<String, Integer> testsRunByClass(Path project) throws IOException {
        Map<String, Integer> testsRun = new TreeMap<>();
        Path reports = project.resolve("target/surefire-reports");
        if (!Files.isDirectory(reports)) {
            return testsRun;
        }
        try (Stream<Path> files = Files.list(reports)) {
            for (Path report : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml"))
                    .toList()) {
                String name = report.getFileName()
                        .toString()
                        .replaceFirst("^TEST-", "")
                        .replaceFirst("\\.xml$", "");
                Matcher tests = TESTS_RUN.matcher(Files.readString(report, StandardCharsets.UTF_8));
                testsRun.put(name, tests.find() ? Integer.parseInt(tests.group(1)) : 0);
            }
        }
        return testsRun;
    }

    private static String mavenExecutable() {
        return Path.of(requiredProperty("maven.home"), "bin", "mvn").toString();
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException(
                    "system property " + name + " is not set; run these tests through Maven (it-projects/pom.xml)");
        }
        return value;
    }
}
