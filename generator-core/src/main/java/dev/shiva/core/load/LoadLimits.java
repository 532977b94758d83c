package dev.shiva.core.load;

/**
 * Bounds that keep a hostile or broken file from exhausting memory or time. A real config.yml is a
 * few kilobytes with a few hundred nodes; the bounds sit orders of magnitude above that.
 */
public record LoadLimits(int maxBytes, int maxNodes, int maxAliases, int maxDepth) {

    public static final LoadLimits DEFAULT = new LoadLimits(2 * 1024 * 1024, 200_000, 200, 64);
}
