package dev.shiva.core.diag;

/**
 * A place in a source file: 1-based line and column, as editors and compilers print them. Line 0
 * means the file as a whole (for problems such as an unreadable file).
 */
public record Location(String file, int line, int column) {

    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    public boolean hasPosition() {
        return line > 0;
    }

    /** {@code config.yml:12:5}, or just {@code config.yml} when there is no position. */
    @Override
    public String toString() {
        return hasPosition() ? file + ":" + line + ":" + column : file;
    }
}
