package dev.shiva.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the sample configs in many deterministic ways (deleted lines, wrong types, random bytes,
 * deep nesting, huge scalars, alias bombs, ...) and runs {@code shiva validate} on each: every run
 * must end with exit 0, or exit 1 and at least one located error line. Never an exception, a hang
 * or an OutOfMemoryError (surefire runs this module with a small heap to make the last one real).
 */
class ValidateFuzzTest {

    private static final int CASES_PER_SAMPLE = 700;
    private static final long SEED = 20261204L;
    private static final Pattern DIAGNOSTIC =
            Pattern.compile("^.*config\\.yml(:\\d+:\\d+)?: (error|warning)\\[SHV-[A-Z]+-\\d{3}]: .+$");

    /** Codes the whole run produced: proof that the mutations reach the limits they aim at. */
    private static final Set<String> CODES_SEEN = ConcurrentHashMap.newKeySet();

    private static final Pattern CODE = Pattern.compile("\\[(SHV-[A-Z]+-\\d{3})]");

    @TempDir
    static Path dir;

    @AfterAll
    static void mutationsReachedEveryLimit() {
        for (String code : List.of(
                "SHV-YAML-001",
                "SHV-YAML-002",
                "SHV-YAML-003",
                "SHV-YAML-004",
                "SHV-YAML-005",
                "SHV-PH-001",
                "SHV-PH-003",
                "SHV-SCH-001",
                "SHV-SCH-003")) {
            assertTrue(CODES_SEEN.contains(code), "no fuzz case produced " + code + "; seen: " + CODES_SEEN);
        }
    }

    @TestFactory
    Stream<DynamicTest> mutatedSamplesNeverCrash() {
        // Cases are built lazily, one at a time: some inputs are megabytes large.
        return Stream.of("seed-example.yml", "orders-service.yml")
                .flatMap(sample -> IntStream.range(0, CASES_PER_SAMPLE).mapToObj(i -> fuzzCase(sample, i)));
    }

    private static DynamicTest fuzzCase(String sample, int index) {
        long seed = SEED + 31L * sample.hashCode() + index;
        Mutation mutation = Mutation.pick(new Random(seed));
        String name = sample + " #" + index + " " + mutation;
        return DynamicTest.dynamicTest(name, () -> {
            String text = Files.readString(CliRun.sample(sample));
            check(name, mutation.apply(text, new Random(seed)));
        });
    }

    private static void check(String name, String text) throws IOException {
        Path config = Files.createDirectories(dir.resolve(name.replaceAll("[^A-Za-z0-9]", "_")))
                .resolve("config.yml");
        Files.writeString(config, text);
        CliRun run = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> CliRun.of("validate", config.toString()), "validate hung on " + name);
        assertEquals("", run.err(), "nothing may reach stderr: " + name);
        List<String> lines = run.out().lines().toList();
        lines.subList(0, lines.size() - 1)
                .forEach(line -> assertTrue(
                        DIAGNOSTIC.matcher(line).matches(), "not a diagnostic line: '" + line + "' in " + name));
        lines.forEach(line -> CODE.matcher(line).results().forEach(m -> CODES_SEEN.add(m.group(1))));
        boolean errors = lines.stream().anyMatch(l -> l.contains(": error[SHV-"));
        switch (run.exitCode()) {
            case 0 -> assertTrue(!errors, "exit 0 with errors: " + name);
            case 1 -> assertTrue(errors, "exit 1 without an error line: " + name + "\n" + run.out());
            default -> fail("exit " + run.exitCode() + " for " + name + "\n" + run.out() + run.err());
        }
    }
}
