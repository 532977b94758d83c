package dev.shiva.runtime.internal.connections;

import dev.shiva.runtime.ConfigNode;
import dev.shiva.runtime.connections.S3Operations;
import dev.shiva.runtime.internal.config.Secrets;
import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Driver {@code s3}: an AWS SDK v2 {@link S3Client} and {@link S3Presigner}, made by the driver (no
 * Micronaut module). Workers get {@link S3Operations}.
 *
 * <p>config.yml keys: {@code endpoint_url} (absent: AWS's endpoint for the region; set: that
 * endpoint with path-style addressing), {@code aws_access_key_id} and {@code
 * aws_secret_access_key} (both or neither; neither: the SDK's default credential chain), {@code
 * bucket} (the default bucket), {@code region_name} (us-east-1) and {@code service_name} (s3: the
 * only meaningful value, accepted for aiobotocore compatibility).
 */
public final class S3Driver implements Driver {

    static final String DEFAULT_REGION = "us-east-1";

    @Override
    public String name() {
        return "s3";
    }

    @Override
    public Class<?> handleType() {
        return S3Operations.class;
    }

    @Override
    public String target(ConnectionSpec spec) {
        return Settings.read(spec.config()).target();
    }

    /** No Micronaut module: nothing to configure in the context. The settings are checked here all the same. */
    @Override
    public Map<String, Object> contextProperties(ConnectionSpec spec) {
        Settings.read(spec.config());
        return Map.of();
    }

    @Override
    public OpenConnection open(ConnectionSpec spec, ApplicationContext context, Duration timeout)
            throws ConnectionFailedException {
        Settings settings = Settings.read(spec.config());
        S3ClientBuilder clientBuilder =
                S3Client.builder().region(settings.region()).credentialsProvider(settings.credentials());
        S3Presigner.Builder presignerBuilder =
                S3Presigner.builder().region(settings.region()).credentialsProvider(settings.credentials());
        settings.endpoint().ifPresent(endpoint -> {
            // S3-compatible stores address buckets by path, and many refuse the SDK's default
            // checksums (aws-chunked trailers): send and check them only where S3 requires them.
            clientBuilder
                    .endpointOverride(endpoint)
                    .forcePathStyle(true)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
            presignerBuilder
                    .endpointOverride(endpoint)
                    .serviceConfiguration(S3Configuration.builder()
                            .pathStyleAccessEnabled(true)
                            .build());
        });
        S3Client client;
        S3Presigner presigner;
        try {
            client = clientBuilder.build();
            presigner = presignerBuilder.build();
        } catch (RuntimeException e) {
            throw new ConnectionFailedException("the client could not be created: "
                    + DriverSupport.mask(DriverSupport.reason(e, timeout), settings.secret()));
        }
        AwsS3Operations operations =
                new AwsS3Operations(spec.key(), settings.bucket(), client, presigner, settings.secret());
        try {
            operations.check(timeout);
        } catch (RuntimeException e) {
            operations.close();
            throw new ConnectionFailedException(
                    DriverSupport.mask(AwsS3Operations.describe(e, timeout), settings.secret()));
        }
        return operations;
    }

    /** The connection's settings, checked, each misfit a located error. */
    private record Settings(
            Optional<URI> endpoint,
            Region region,
            Optional<String> bucket,
            AwsCredentialsProvider credentials,
            String secret) {

        static Settings read(ConfigNode config) {
            config.find("service_name").ifPresent(node -> {
                if (!node.asString().equals("s3")) {
                    throw node.error("only 's3' is supported (the key exists for aiobotocore compatibility), found '"
                            + node.asString() + "'");
                }
            });
            Optional<URI> endpoint = config.find("endpoint_url").map(Settings::endpoint);
            Region region = Region.of(
                    config.find("region_name").map(ConfigNode::asString).orElse(DEFAULT_REGION));
            Optional<String> bucket = config.find("bucket").map(ConfigNode::asString);
            bucket.ifPresent(name -> {
                if (name.length() < 3 || name.length() > 63) {
                    throw config.get("bucket").error("a bucket name has 3 to 63 characters, found '" + name + "'");
                }
            });
            Optional<String> keyId = config.find("aws_access_key_id").map(ConfigNode::asString);
            Optional<String> secret = config.find("aws_secret_access_key").map(ConfigNode::asString);
            AwsCredentialsProvider credentials;
            if (keyId.isPresent() && secret.isPresent()) {
                credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId.get(), secret.get()));
            } else if (keyId.isEmpty() && secret.isEmpty()) {
                credentials = DefaultCredentialsProvider.builder().build();
            } else {
                throw config.error("give both aws_access_key_id and aws_secret_access_key, or neither (the SDK's "
                        + "default credentials: environment, profile)");
            }
            return new Settings(endpoint, region, bucket, credentials, secret.orElse(null));
        }

        private static URI endpoint(ConfigNode node) {
            String text = node.asString().strip();
            try {
                URI uri = new URI(text);
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw node.error("expected an http:// or https:// URL such as http://127.0.0.1:9000");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw node.error("not a URL: " + e.getReason());
            }
        }

        /** {@code http://127.0.0.1:9000 bucket invoices}. */
        String target() {
            String where = endpoint.map(uri -> Secrets.redact(uri.toString()))
                    .orElse("https://s3." + region.id() + ".amazonaws.com");
            return bucket.map(name -> where + " bucket " + name).orElse(where);
        }
    }
}
