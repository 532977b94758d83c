package dev.shiva.core.output;

/**
 * The text a three-way merge produced and how many conflict hunks (with markers) it contains.
 */
public record MergeResult(String text, int conflicts) {

    public boolean clean() {
        return conflicts == 0;
    }
}
