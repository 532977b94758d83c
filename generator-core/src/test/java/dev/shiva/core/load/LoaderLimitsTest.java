package dev.shiva.core.load;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostic;
import dev.shiva.core.validate.ConfigValidator;
import dev.shiva.core.validate.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that must end in one diagnostic, never in an exception, an OutOfMemoryError or a hang: an
 * unreadable file and the size, alias and depth bounds of {@link LoadLimits}. They are built here
 * rather than kept in the corpus of invalid configs, because they are large or not files at all.
 */
class LoaderLimitsTest {

    private static final Duration QUICKLY = Duration.ofSeconds(30);
    private static final int MIB = 1024 * 1024;

    @TempDir
    Path dir;

    private final ConfigValidator validator = new ConfigValidator();

    @Test
    void missingFileIsUnreadable() {
        ValidationReport report = validate(dir.resolve("config.yml"));

        assertCodes(report, Code.IO_UNREADABLE);
        assertEquals(0, report.diagnostics().get(0).location().line(), "a problem of the whole file has no line");
    }

    @Test
    void directoryIsUnreadable() throws IOException {
        ValidationReport report = validate(Files.createDirectory(dir.resolve("config.yml")));

        assertCodes(report, Code.IO_UNREADABLE);
    }

    @Test
    void fileThatIsNotUtf8IsUnreadable() throws IOException {
        Path file = dir.resolve("config.yml");
        Files.write(
                file, new byte[] {'a', 'p', 'p', '_', 'n', 'a', 'm', 'e', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});

        assertCodes(validate(file), Code.IO_UNREADABLE);
    }

    @Test
    void fileOfThreeMebibytesIsTooLarge() throws IOException {
        Path file = dir.resolve("config.yml");
        Files.writeString(file, bigConfig(3 * MIB), StandardCharsets.UTF_8);

        assertCodes(validate(file), Code.YAML_TOO_LARGE);
    }

    @Test
    void textOfThreeMebibytesIsTooLarge() {
        assertCodes(validateText(bigConfig(3 * MIB)), Code.YAML_TOO_LARGE);
    }

    @Test
    void fileUnderTheByteLimitWithTooManyNodesIsTooLarge() {
        StringBuilder text = new StringBuilder("app_name: demo\nworkers:\n  w:\n    config:\n      ids: [");
        while (text.length() < MIB) {
            text.append("1,");
        }
        text.append("1]\n");

        assertCodes(validateText(text.toString()), Code.YAML_TOO_LARGE);
    }

    @Test
    void billionLaughsIsStoppedByTheExpansionBudget() {
        // Nine levels of nine aliases: 81 aliases in the file, 9^9 nodes once expanded.
        StringBuilder text =
                new StringBuilder("app_name: demo\nlol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 9; level++) {
            String previous = "*lol" + (level - 1);
            text.append("lol").append(level).append(": &lol").append(level).append(" [");
            text.append(String.join(
                    ", ",
                    List.of(previous, previous, previous, previous, previous, previous, previous, previous, previous)));
            text.append("]\n");
        }

        assertCodes(validateText(text.toString()), Code.YAML_TOO_LARGE);
    }

    @Test
    void tooManyAliasesOfCollectionsAreRefused() {
        StringBuilder text = new StringBuilder("app_name: demo\nbase: &base [a, b]\nmany:\n");
        for (int i = 0; i < 500; i++) {
            text.append("  - *base\n");
        }

        assertCodes(validateText(text.toString()), Code.YAML_ALIAS);
    }

    @Test
    void recursiveAliasIsRefused() {
        assertCodes(validateText("app_name: demo\nloop: &loop\n  self: *loop\n"), Code.YAML_ALIAS);
    }

    @Test
    void tenThousandOpenBracketsAreTooDeep() {
        assertCodes(validateText("app_name: demo\nx: " + "[".repeat(10_000) + "\n"), Code.YAML_TOO_DEEP);
    }

    @Test
    void tenThousandBalancedBracketsAreTooDeep() {
        assertCodes(
                validateText("app_name: demo\nx: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"),
                Code.YAML_TOO_DEEP);
    }

    @Test
    void deepBlockIndentationIsTooDeep() {
        StringBuilder text = new StringBuilder("app_name: demo\n");
        for (int depth = 0; depth < 500; depth++) {
            text.append(" ".repeat(depth)).append("k").append(depth).append(":\n");
        }

        assertCodes(validateText(text.toString()), Code.YAML_TOO_DEEP);
    }

    private ValidationReport validate(Path file) {
        return assertTimeoutPreemptively(
                QUICKLY, () -> assertDoesNotThrow(() -> validator.validate(file, "config.yml")));
    }

    private ValidationReport validateText(String text) {
        return assertTimeoutPreemptively(
                QUICKLY, () -> assertDoesNotThrow(() -> validator.validateText(text, "config.yml")));
    }

    private static void assertCodes(ValidationReport report, Code expected) {
        List<Code> codes = report.diagnostics().stream().map(Diagnostic::code).toList();
        assertEquals(List.of(expected), codes, () -> "diagnostics: " + report.diagnostics());
        assertFalse(report.valid());
        assertFalse(report.document().isPresent(), "a refused file yields no document");
    }

    /** A plausible config padded with comment lines up to {@code size} characters. */
    private static String bigConfig(int size) {
        StringBuilder text = new StringBuilder("app_name: demo\n");
        String padding = "# " + "x".repeat(78) + "\n";
        while (text.length() < size) {
            text.append(padding);
        }
        return text.toString();
    }
}
