package dev.shiva.core.output;

import java.nio.file.Path;

/**
 * Where shiva keeps its bookkeeping in a project, and which relative paths it accepts. Paths come
 * from generators and from a manifest a user may have edited; both are checked so that no path can
 * reach outside the project or into {@code .shiva/}.
 */
final class ProjectPaths {

    static final String SHIVA_DIR = ".shiva";
    static final String MANIFEST = SHIVA_DIR + "/manifest";
    static final String BASE_DIR = SHIVA_DIR + "/base";

    private ProjectPaths() {}

    /** Returns the path if it is relative, '/'-separated, normalized and outside {@code .shiva/}. */
    static String requireValid(String path) {
        String problem = problem(path);
        if (problem != null) {
            throw new IllegalArgumentException("invalid project path '" + path + "': " + problem);
        }
        return path;
    }

    static String problem(String path) {
        if (path == null || path.isEmpty()) {
            return "empty";
        }
        if (path.startsWith("/") || path.endsWith("/")) {
            return "must be relative to the project root, without a leading or trailing '/'";
        }
        if (path.indexOf('\\') >= 0) {
            return "use '/' as the separator";
        }
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) < 0x20 || path.charAt(i) == 0x7f) {
                return "contains a control character";
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "must be normalized (no empty, '.' or '..' segments)";
            }
        }
        if (path.equals(SHIVA_DIR) || path.startsWith(SHIVA_DIR + "/")) {
            return SHIVA_DIR + "/ is shiva's own bookkeeping";
        }
        return null;
    }

    /** The file on disk for a checked relative path. */
    static Path resolve(Path root, String path) {
        return root.resolve(path);
    }

    /** Where the last generated version of a SHARED file is kept: the base of the next merge. */
    static String basePath(String path) {
        return BASE_DIR + "/" + path;
    }
}
