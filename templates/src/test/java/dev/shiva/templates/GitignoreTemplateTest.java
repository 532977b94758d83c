package dev.shiva.templates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GitignoreTemplateTest {
    private final String text = new TemplateRenderer().render(Templates.GITIGNORE, new GitignoreView());
    private final List<String> patterns = text.lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();

    @Test
    void ignoresMavensOutputAndIdeFiles() {
        assertTrue(patterns.containsAll(List.of("target/", ".idea/", "*.iml", ".vscode/")), patterns.toString());
    }

    @Test
    void keepsShivasStateInVersionControl() {
        for (String file : List.of(".shiva/manifest", ".shiva/pom.xml")) {
            assertTrue(patterns.stream().noneMatch(pattern -> ignores(pattern, file)), file + " is ignored");
        }
        assertTrue(
                text.lines()
                        .anyMatch(line -> line.startsWith("#") && line.contains(".shiva/") && line.contains("Commit")),
                "the file should say why .shiva/ is committed");
    }

    @Test
    void keepsTheUsersFilesInVersionControl() {
        for (String file : List.of("config.yml", "pom.xml", "src/main/java/com/acme/Worker.java")) {
            assertTrue(patterns.stream().noneMatch(pattern -> ignores(pattern, file)), file + " is ignored");
        }
    }

    /** A simplified git match: a pattern with a trailing slash names a directory anywhere. */
    private static boolean ignores(String pattern, String file) {
        if (pattern.endsWith("/")) {
            String directory = pattern.substring(0, pattern.length() - 1);
            return Path.of(file).getParent() != null && file.contains(directory + "/");
        }
        Path name = Path.of(file).getFileName();
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(name);
    }
}
