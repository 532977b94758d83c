package dev.shiva.core.project;

import dev.shiva.core.names.JavaNames;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * What a project is besides its config.yml: Maven coordinates and the base Java package. {@code
 * shiva new} writes them to {@code .shiva/project.properties}; they are the user's to edit, and
 * {@code shiva generate} reads them (or derives them from {@code app_name} for a config.yml that
 * was not made by {@code shiva new}).
 */
public record ProjectSettings(String groupId, String artifactId, String version, String basePackage) {

    public static final String FILE = ".shiva/project.properties";
    private static final String DEFAULT_GROUP = "com.example";
    private static final String DEFAULT_VERSION = "0.1.0-SNAPSHOT";

    /** Settings for a new project named {@code appName}, optionally in {@code basePackage}. */
    public static ProjectSettings forName(String appName, String basePackage) {
        String artifactId = appName.toLowerCase(Locale.ROOT).replace('_', '-').replaceAll("[^a-z0-9.-]", "-");
        String packageName = basePackage != null
                ? basePackage
                : DEFAULT_GROUP + "."
                        + JavaNames.memberName(appName)
                                .orElse("service")
                                .toLowerCase(Locale.ROOT)
                                .replace("_", "");
        String groupId =
                packageName.contains(".") ? packageName.substring(0, packageName.lastIndexOf('.')) : DEFAULT_GROUP;
        return new ProjectSettings(groupId, artifactId, DEFAULT_VERSION, packageName);
    }

    public static boolean exists(Path projectDir) {
        return Files.isRegularFile(projectDir.resolve(FILE));
    }

    public static ProjectSettings read(Path projectDir) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(projectDir.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return new ProjectSettings(
                required(properties, "groupId"),
                required(properties, "artifactId"),
                required(properties, "version"),
                required(properties, "basePackage"));
    }

    /** The file's text: sorted keys, no timestamp (Properties.store would add one). */
    public String format() {
        return "# The project's coordinates and base package: yours to edit; shiva generate reads them.\n"
                + "artifactId=" + artifactId + "\n"
                + "basePackage=" + basePackage + "\n"
                + "groupId=" + groupId + "\n"
                + "version=" + version + "\n";
    }

    public void write(Path projectDir) throws IOException {
        Path file = projectDir.resolve(FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, format(), StandardCharsets.UTF_8);
    }

    private static String required(Properties properties, String key) throws IOException {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IOException(FILE + ": '" + key + "' is missing");
        }
        return value.strip();
    }
}
