package dev.shiva.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shiva.core.output.GeneratedFile;
import dev.shiva.core.project.Generation;
import dev.shiva.core.project.ProjectGenerator;
import dev.shiva.core.project.ProjectSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file shiva generates for each sample, compared byte for byte with the golden copy under
 * src/test/resources/golden/. {@code -Dshiva.bless=true} rewrites the goldens (and removes stale
 * ones); they are never edited by hand.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of(System.getProperty("shiva.samples.dir"))
            .getParent()
            .getParent()
            .resolve("generator-core/src/test/resources/golden");

    @TempDir
    Path project;

    static List<String> samples() {
        return Samples.NAMES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void generatedTreeMatchesTheGoldenFiles(String sample) throws IOException {
        Files.copy(Samples.path(sample), project.resolve(ProjectGenerator.CONFIG_FILE));
        ProjectSettings settings = new ProjectSettings("com.example", "sample-service", "1.0.0", "com.example.sample");
        Generation generation = new ProjectGenerator().generate(project, Optional.of(settings));
        TreeMap<String, String> generated = new TreeMap<>();
        for (GeneratedFile file : generation.files()) {
            generated.put(file.path(), file.content().utf8());
        }
        Path golden = GOLDEN.resolve(sample.replace(".yml", ""));
        if (Boolean.getBoolean("shiva.bless")) {
            bless(golden, generated);
            return;
        }
        TreeMap<String, String> expected = read(golden);
        assertEquals(
                expected.keySet(),
                generated.keySet(),
                "the set of generated files changed; re-bless with -Dshiva.bless=true if that is intended");
        for (String path : expected.keySet()) {
            if (!expected.get(path).equals(generated.get(path))) {
                fail(path + " differs from its golden copy; re-bless with -Dshiva.bless=true if that is intended\n"
                        + "expected:\n" + expected.get(path) + "\nactual:\n" + generated.get(path));
            }
        }
    }

    private static void bless(Path golden, TreeMap<String, String> files) throws IOException {
        if (Files.exists(golden)) {
            try (Stream<Path> old = Files.walk(golden)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        for (var file : files.entrySet()) {
            Path target = golden.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
    }

    private static TreeMap<String, String> read(Path golden) throws IOException {
        TreeMap<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(golden)) {
            fail("no golden files at " + golden + "; create them with -Dshiva.bless=true");
        }
        try (Stream<Path> all = Files.walk(golden)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(golden.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }
}
