package dev.shiva.runtime.connections;

import java.time.Instant;
import java.util.Map;

/**
 * What a {@code HEAD} of an S3 object tells.
 *
 * @param metadata the user metadata ({@code x-amz-meta-*} without the prefix)
 */
public record S3ObjectInfo(
        String bucket,
        String key,
        long size,
        String contentType,
        String eTag,
        Instant lastModified,
        Map<String, String> metadata) {

    public S3ObjectInfo {
        metadata = Map.copyOf(metadata);
    }
}
