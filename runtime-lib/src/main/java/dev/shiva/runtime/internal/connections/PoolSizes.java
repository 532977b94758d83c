package dev.shiva.runtime.internal.connections;

import dev.shiva.runtime.ConfigNode;

/**
 * The minimum and maximum of a driver's pool ({@code pool_min}/{@code pool_max}, {@code
 * minsize}/{@code maxsize}), each given or defaulted, checked together: a misfit is an error at the
 * key's line (the minimum's when it is given, else the maximum's).
 */
record PoolSizes(int min, int max) {

    static PoolSizes read(ConfigNode config, String minKey, long defaultMin, String maxKey, long defaultMax) {
        long min = config.integer(minKey, defaultMin, 0, Integer.MAX_VALUE);
        long max = config.integer(maxKey, defaultMax, 1, Integer.MAX_VALUE);
        if (min > max) {
            throw config.find(minKey)
                    .orElseGet(() -> config.get(maxKey))
                    .error(minKey + " (" + min + ") is larger than " + maxKey + " (" + max + ")");
        }
        return new PoolSizes((int) min, (int) max);
    }
}
