package dev.shiva.runtime.internal.connections;

import dev.shiva.runtime.connections.S3ObjectInfo;
import dev.shiva.runtime.connections.S3Operations;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The {@link S3Operations} of an {@code s3} connection, and its {@link OpenConnection}: blocking
 * calls of the AWS SDK's {@link S3Client}, and links of its {@link S3Presigner}.
 */
final class AwsS3Operations implements S3Operations, OpenConnection {

    /** S3 refuses presigned links that live longer. */
    static final Duration MAX_EXPIRY = Duration.ofDays(7);

    private final String key;
    private final Optional<String> bucket;
    private final S3Client client;
    private final S3Presigner presigner;
    private final String secret;

    AwsS3Operations(String key, Optional<String> bucket, S3Client client, S3Presigner presigner, String secret) {
        this.key = key;
        this.bucket = bucket;
        this.client = client;
        this.presigner = presigner;
        this.secret = secret;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Optional<String> bucket() {
        return bucket;
    }

    @Override
    public void put(String bucket, String key, byte[] body, String contentType, Map<String, String> metadata) {
        call(
                "put",
                bucket,
                key,
                () -> client.putObject(
                        request -> request.bucket(bucket)
                                .key(key)
                                .contentType(contentType)
                                .metadata(metadata),
                        RequestBody.fromBytes(body)));
    }

    @Override
    public Optional<byte[]> get(String bucket, String key) {
        return call("get", bucket, key, () -> {
            try {
                return Optional.of(client.getObjectAsBytes(
                                request -> request.bucket(bucket).key(key))
                        .asByteArray());
            } catch (NoSuchKeyException e) {
                return Optional.<byte[]>empty();
            }
        });
    }

    /**
     * A HEAD answer has no body, so a 404 cannot say whether the key or the bucket is missing: both
     * read as "no such object".
     */
    @Override
    public Optional<S3ObjectInfo> head(String bucket, String key) {
        return call("head", bucket, key, () -> {
            try {
                HeadObjectResponse head =
                        client.headObject(request -> request.bucket(bucket).key(key));
                return Optional.of(new S3ObjectInfo(
                        bucket,
                        key,
                        head.contentLength() == null ? 0 : head.contentLength(),
                        head.contentType(),
                        head.eTag(),
                        head.lastModified(),
                        head.metadata()));
            } catch (NoSuchKeyException e) {
                return Optional.<S3ObjectInfo>empty();
            } catch (AwsServiceException e) {
                if (e.statusCode() == 404) {
                    return Optional.<S3ObjectInfo>empty();
                }
                throw e;
            }
        });
    }

    @Override
    public void delete(String bucket, String key) {
        call(
                "delete",
                bucket,
                key,
                () -> client.deleteObject(request -> request.bucket(bucket).key(key)));
    }

    @Override
    public URI presignedGet(String bucket, String key, Duration expiry) {
        if (expiry.isNegative() || expiry.isZero() || expiry.compareTo(MAX_EXPIRY) > 0) {
            throw new IllegalArgumentException("a presigned link lives more than 0 and at most 7 days, not " + expiry);
        }
        return call("presignedGet", bucket, key, () -> {
            try {
                return presigner
                        .presignGetObject(presign -> presign.signatureDuration(expiry)
                                .getObjectRequest(
                                        request -> request.bucket(bucket).key(key)))
                        .url()
                        .toURI();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e.getReason(), e);
            }
        });
    }

    /** The start-up check and the probe: HEAD of the bucket, or the list of buckets when there is none. */
    void check(Duration timeout) {
        AwsRequestOverrideConfiguration within = AwsRequestOverrideConfiguration.builder()
                .apiCallTimeout(timeout)
                .build();
        if (bucket.isPresent()) {
            try {
                client.headBucket(request -> request.bucket(bucket.get()).overrideConfiguration(within));
            } catch (AwsServiceException e) {
                if (e.statusCode() == 404) {
                    throw new IllegalStateException("bucket '" + bucket.get() + "' does not exist", null);
                }
                throw e;
            }
        } else {
            client.listBuckets(request -> request.overrideConfiguration(within));
        }
    }

    @Override
    public Object handle() {
        return this;
    }

    @Override
    public boolean probe(Duration timeout) {
        try {
            check(timeout);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            presigner.close();
        } catch (RuntimeException e) {
            // Best effort.
        }
        try {
            client.close();
        } catch (RuntimeException e) {
            // Best effort.
        }
    }

    private <T> T call(String operation, String bucket, String key, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw new S3Exception(
                    "connection '" + this.key + "': s3 " + operation + " of '" + key + "' in bucket '" + bucket
                            + "' failed: " + DriverSupport.mask(describe(e, null), secret),
                    e);
        }
    }

    /** {@code SignatureDoesNotMatch (HTTP 403): The request signature we calculated does not match...}. */
    static String describe(Throwable failure, Duration timeout) {
        if (failure instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null
                    ? null
                    : service.awsErrorDetails().errorCode();
            String message = service.awsErrorDetails() == null
                    ? null
                    : service.awsErrorDetails().errorMessage();
            String status = "HTTP " + service.statusCode();
            if (code == null || code.isBlank()) {
                return status
                        + (service.statusCode() == 403 ? " (access denied: check the access key and secret)" : "")
                        + (message == null || message.isBlank() ? "" : ": " + message);
            }
            return code + " (" + status + ")" + (message == null || message.isBlank() ? "" : ": " + message);
        }
        return DriverSupport.reason(failure, timeout == null ? Duration.ZERO : timeout);
    }
}
