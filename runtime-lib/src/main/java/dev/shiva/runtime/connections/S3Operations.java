package dev.shiva.runtime.connections;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code s3} connection (driver {@code s3}) as a worker's {@code depends} accessor returns it:
 * the operations of SEMANTICS §6 on the connection's {@code bucket}, each also with an explicit
 * bucket. Blocking calls (they wait for the store's answer): not on a Netty event loop. A failure
 * is an {@link S3Exception} naming the operation, bucket and key.
 */
public interface S3Operations {

    /** The connection key under {@code connections:}. */
    String key();

    /** The connection's default bucket ({@code config.bucket}); empty when it has none. */
    Optional<String> bucket();

    /** Stores {@code body} under {@code key}, replacing what was there. */
    default void put(String key, byte[] body, String contentType) {
        put(defaultBucket(), key, body, contentType, Map.of());
    }

    /** Stores {@code body} under {@code key} in {@code bucket} with user metadata. */
    void put(String bucket, String key, byte[] body, String contentType, Map<String, String> metadata);

    /** The object's bytes; empty when there is no such object. */
    default Optional<byte[]> get(String key) {
        return get(defaultBucket(), key);
    }

    Optional<byte[]> get(String bucket, String key);

    /** Size, type, ETag, date and user metadata (a HEAD request); empty when there is no such object. */
    default Optional<S3ObjectInfo> head(String key) {
        return head(defaultBucket(), key);
    }

    Optional<S3ObjectInfo> head(String bucket, String key);

    /** Deletes the object; deleting one that does not exist is not an error (as in S3). */
    default void delete(String key) {
        delete(defaultBucket(), key);
    }

    void delete(String bucket, String key);

    /** A link anyone can GET the object with until {@code expiry} has passed (at most 7 days). */
    default URI presignedGet(String key, Duration expiry) {
        return presignedGet(defaultBucket(), key, expiry);
    }

    URI presignedGet(String bucket, String key, Duration expiry);

    private String defaultBucket() {
        return bucket().orElseThrow(() -> new IllegalStateException(
                "connection '" + key() + "' has no config.bucket: pass the bucket to the call"));
    }

    /** A failed S3 call. */
    final class S3Exception extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public S3Exception(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
