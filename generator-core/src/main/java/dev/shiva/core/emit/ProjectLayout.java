package dev.shiva.core.emit;

import com.palantir.javapoet.JavaFile;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where things go in a generated project. Zone 1 (generated, never edited) is {@code
 * src/generated/java/<base>/generated}; the user's worker classes live in {@code src/main/java} in
 * the package {@code common.modules_path} names ({@code ./modules} → {@code <base>.modules}; a
 * dotted package is taken as it is; default {@code <base>.workers}).
 */
public record ProjectLayout(String basePackage, String workersPackage) {

    private static final Pattern JAVA_PACKAGE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    public static ProjectLayout of(String basePackage, Optional<String> modulesPath) {
        return new ProjectLayout(basePackage, workersPackage(basePackage, modulesPath));
    }

    private static String workersPackage(String basePackage, Optional<String> modulesPath) {
        if (modulesPath.isEmpty()) {
            return basePackage + ".workers";
        }
        String path = modulesPath.get().replace('\\', '/');
        if (JAVA_PACKAGE.matcher(path).matches() && path.contains(".")) {
            return path;
        }
        String relative = path.replaceAll("^\\./", "")
                .replaceAll("/+$", "")
                .replace('/', '.')
                .replace('-', '_');
        return relative.isEmpty() || !JAVA_PACKAGE.matcher(relative).matches()
                ? basePackage + ".workers"
                : basePackage + "." + relative;
    }

    public String generatedPackage() {
        return basePackage + ".generated";
    }

    public String configPackage() {
        return generatedPackage() + ".config";
    }

    public String baseClassPackage() {
        return generatedPackage() + ".workers";
    }

    public String generatedPath(JavaFile file) {
        return "src/generated/java/" + relativePath(file);
    }

    /** Where the generated class {@code packageName.simpleName} lives. */
    public String generatedPath(String packageName, String simpleName) {
        return "src/generated/java/" + packageName.replace('.', '/') + "/" + simpleName + ".java";
    }

    /** The folder of the user's worker classes, with a trailing '/'. */
    public String workersPath() {
        return "src/main/java/" + workersPackage.replace('.', '/') + "/";
    }

    public String generatedResource(String packageName, String name) {
        return "src/generated/resources/" + packageName.replace('.', '/') + "/" + name;
    }

    public String mainPath(JavaFile file) {
        return "src/main/java/" + relativePath(file);
    }

    public String testPath(JavaFile file) {
        return "src/test/java/" + relativePath(file);
    }

    private static String relativePath(JavaFile file) {
        String dir = file.packageName().isEmpty() ? "" : file.packageName().replace('.', '/') + "/";
        return dir + file.typeSpec().name() + ".java";
    }
}
