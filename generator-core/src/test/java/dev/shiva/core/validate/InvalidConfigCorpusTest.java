package dev.shiva.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of invalid configs in {@code src/test/resources/invalid}: each file states, in {@code #
 * expect: line:column severity code path} comments at its top, every diagnostic {@code shiva
 * validate} must report for it, and nothing else. A file marked {@code # known-bug: ...} documents a
 * validator defect: its expectation is the correct one, and it is skipped until the defect is fixed
 * (then the test fails, asking for the marker to be removed). No message may show the password of
 * a DSN written in the file.
 */
class InvalidConfigCorpusTest {

    private static final String CORPUS = "/invalid";

    private static final Pattern EXPECT = Pattern.compile(
            "^#\\s*expect:\\s*(\\d+):(\\d+)\\s+(error|warning)\\s+(SHV-[A-Z0-9]+-\\d{3})(?:\\s+(\\S+))?\\s*$");
    private static final Pattern EXPECT_PREFIX = Pattern.compile("^#\\s*expect\\b.*");
    private static final Pattern KNOWN_BUG = Pattern.compile("^#\\s*known-bug:\\s*(.+)$");
    private static final Pattern DSN_PASSWORD = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^:/@\\s]*:([^@/\\s]+)@");
    private static final Pattern FILE_NAME = Pattern.compile("\\d{3}-[a-z0-9]+(-[a-z0-9]+)*\\.yml");

    /**
     * Codes without a corpus case. The IO and size codes need inputs built in code (a missing file,
     * megabytes of text, an alias bomb, deep nesting): {@code LoaderLimitsTest} covers them.
     * SHV-SCH-099 is the translator's catch-all: every keyword the current schema uses has its own
     * code, so no correct diagnostic of a corpus file carries it.
     */
    private static final Set<Code> NOT_IN_CORPUS =
            EnumSet.of(Code.IO_UNREADABLE, Code.YAML_TOO_LARGE, Code.YAML_ALIAS, Code.YAML_TOO_DEEP, Code.SCHEMA_OTHER);

    private static final int MINIMUM_CASES = 45;

    private final ConfigValidator validator = new ConfigValidator();

    static Stream<String> corpus() {
        return caseFiles().stream().map(path -> path.getFileName().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void reportsExactlyTheExpectedDiagnostics(String fileName) {
        Case expected = Case.read(corpusDir().resolve(fileName));
        assertFalse(
                expected.diagnostics().isEmpty(), fileName + " has no '# expect: line:col severity code path' line");

        List<String> actual;
        List<String> leaks;
        String report;
        try {
            ValidationReport result = validator.validate(expected.file(), fileName);
            actual = result.diagnostics().stream()
                    .map(InvalidConfigCorpusTest::reduce)
                    .sorted()
                    .toList();
            leaks = passwordLeaks(expected.file(), result.diagnostics());
            report =
                    result.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n  ", "  ", ""));
        } catch (RuntimeException e) {
            Assumptions.assumeTrue(
                    expected.knownBug().isEmpty(),
                    () -> "known bug: " + expected.knownBug().orElseThrow());
            throw new AssertionError(fileName + ": the validator threw instead of reporting", e);
        }

        boolean matches = expected.diagnostics().equals(actual) && leaks.isEmpty();
        String details = difference(expected.diagnostics(), actual) + "reported:\n" + report
                + (leaks.isEmpty() ? "" : "\nmessages showing a DSN password:\n" + block(leaks));
        if (expected.knownBug().isPresent()) {
            if (matches) {
                fail(fileName + " now gets exactly its expected diagnostics: remove its '# known-bug:' line ("
                        + expected.knownBug().get() + ")");
            }
            Assumptions.abort("known bug: " + expected.knownBug().get() + "\n" + details);
        }
        assertTrue(matches, () -> fileName + ": diagnostics differ\n" + details);
    }

    @Test
    void everyCodeAppearsInTheCorpus() {
        List<Case> cases = caseFiles().stream().map(Case::read).toList();
        Set<String> covered = cases.stream()
                .flatMap(c -> c.diagnostics().stream())
                .map(line -> line.split(" ")[2])
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> missing = new ArrayList<>();
        for (Code code : Code.values()) {
            if (!NOT_IN_CORPUS.contains(code) && !covered.contains(code.id())) {
                missing.add(code.id() + " (" + code.name() + ")");
            }
        }
        assertEquals(
                List.of(), missing, "codes that no file of src/test/resources/invalid expects: add a case for each");
    }

    @Test
    void corpusIsLargeAndWellNamed() {
        List<Path> files = caseFiles();
        assertTrue(files.size() >= MINIMUM_CASES, "only " + files.size() + " corpus files");
        for (Path file : files) {
            String name = file.getFileName().toString();
            assertTrue(FILE_NAME.matcher(name).matches(), name + " is not named NNN-short-name.yml");
        }
        Set<String> numbers = new TreeSet<>();
        for (Path file : files) {
            String number = file.getFileName().toString().substring(0, 3);
            assertTrue(numbers.add(number), "two corpus files are numbered " + number);
        }
    }

    @Test
    void everyExpectLineIsWellFormed() {
        for (Path file : caseFiles()) {
            for (String line : lines(file)) {
                if (EXPECT_PREFIX.matcher(line).matches()) {
                    assertTrue(
                            EXPECT.matcher(line).matches(),
                            file.getFileName() + ": malformed expect line '" + line
                                    + "' (want '# expect: line:col error|warning SHV-XXX-000 dotted.path')");
                }
            }
        }
    }

    /**
     * Diagnostics whose text shows the password of a DSN written in the file: passwords never appear
     * in errors (SEMANTICS.md, section 6).
     */
    private static List<String> passwordLeaks(Path file, List<Diagnostic> diagnostics) {
        Set<String> passwords = new TreeSet<>();
        Matcher dsn = DSN_PASSWORD.matcher(String.join("\n", lines(file)));
        while (dsn.find()) {
            passwords.add(dsn.group(1));
        }
        return diagnostics.stream()
                .filter(d -> passwords.stream().anyMatch(d.text()::contains))
                .map(Diagnostic::format)
                .toList();
    }

    /** {@code line:column severity code path}, the path left out when the diagnostic has none. */
    static String reduce(Diagnostic diagnostic) {
        String line = diagnostic.location().line() + ":" + diagnostic.location().column() + " "
                + diagnostic.severity().label() + " " + diagnostic.code().id();
        return diagnostic.path().isEmpty() ? line : line + " " + diagnostic.path();
    }

    private static String difference(List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> unexpected = new ArrayList<>(actual);
        expected.forEach(unexpected::remove);
        StringBuilder text = new StringBuilder();
        text.append("expected:\n").append(block(expected));
        text.append("actual:\n").append(block(actual));
        text.append("missing:\n").append(block(missing));
        text.append("unexpected:\n").append(block(unexpected));
        return text.toString();
    }

    private static String block(List<String> lines) {
        return lines.isEmpty()
                ? "  (none)\n"
                : lines.stream().map(l -> "  " + l + "\n").collect(Collectors.joining());
    }

    private static List<Path> caseFiles() {
        try (Stream<Path> files = Files.list(corpusDir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path corpusDir() {
        URL url = InvalidConfigCorpusTest.class.getResource(CORPUS);
        if (url == null) {
            throw new IllegalStateException("test resource folder " + CORPUS + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One corpus file: its expected diagnostics (reduced and sorted) and its known-bug note, if any. */
    record Case(Path file, List<String> diagnostics, Optional<String> knownBug) {

        static Case read(Path file) {
            List<String> expected = new ArrayList<>();
            Optional<String> knownBug = Optional.empty();
            for (String line : lines(file)) {
                Matcher expect = EXPECT.matcher(line);
                if (expect.matches()) {
                    String reduced =
                            expect.group(1) + ":" + expect.group(2) + " " + expect.group(3) + " " + expect.group(4);
                    expected.add(expect.group(5) == null ? reduced : reduced + " " + expect.group(5));
                }
                Matcher bug = KNOWN_BUG.matcher(line);
                if (bug.matches()) {
                    knownBug = Optional.of(bug.group(1).strip());
                }
            }
            expected.sort(null);
            return new Case(file, List.copyOf(expected), knownBug);
        }
    }
}
