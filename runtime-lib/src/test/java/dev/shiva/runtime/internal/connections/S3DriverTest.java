package dev.shiva.runtime.internal.connections;

import static dev.shiva.runtime.internal.connections.DriverTesting.OPEN_TIMEOUT;
import static dev.shiva.runtime.internal.connections.DriverTesting.openFailure;
import static dev.shiva.runtime.internal.connections.DriverTesting.spec;
import static dev.shiva.runtime.internal.connections.DriverTesting.unique;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shiva.runtime.ConfigException;
import dev.shiva.runtime.connections.S3ObjectInfo;
import dev.shiva.runtime.connections.S3Operations;
import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against s3proxy over a transient (in-memory) blob store, with AWS signature checks on. */
class S3DriverTest {

    private static final String ACCESS_KEY = "shiva-access";
    private static final String SECRET_KEY = "shiva-Secret-Key-0123456789";

    private static S3Proxy proxy;
    private static BlobStore store;
    private static String endpoint;

    private final S3Driver driver = new S3Driver();

    @BeforeAll
    static void startProxy() throws Exception {
        DriverTesting.quiet();
        store = new TransientNio2BlobStore();
        proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        for (int i = 0; i < 100 && !"STARTED".equals(proxy.getState()); i++) {
            Thread.sleep(50);
        }
        endpoint = "http://127.0.0.1:" + proxy.getPort();
    }

    @AfterAll
    static void stopProxy() throws Exception {
        proxy.stop();
    }

    private static String bucket() {
        String name = "shiva-" + unique();
        store.createContainer(name);
        return name;
    }

    private ConnectionSpec spec(String key, String bucket, String secret) {
        return DriverTesting.spec(key, "s3", """
                endpoint_url: %s
                aws_access_key_id: %s
                aws_secret_access_key: %s
                bucket: %s
                service_name: s3
                """.formatted(endpoint, ACCESS_KEY, secret, bucket));
    }

    @Test
    void putHeadGetPresignDeleteAndAnotherBucket() throws Exception {
        String bucket = bucket();
        String other = bucket();
        ConnectionSpec spec = spec("files", bucket, SECRET_KEY);
        assertEquals(endpoint + " bucket " + bucket, driver.target(spec));
        assertEquals(Map.of(), driver.contextProperties(spec));
        try (ApplicationContext context = DriverTesting.context(driver, spec)) {
            OpenConnection open = driver.open(spec, context, OPEN_TIMEOUT);
            S3Operations s3 = assertInstanceOf(S3Operations.class, open.handle());
            assertEquals("files", s3.key());
            assertEquals(bucket, s3.bucket().orElseThrow());
            byte[] body = "hello, bucket".getBytes(StandardCharsets.UTF_8);

            s3.put(bucket, "docs/a.txt", body, "text/plain", Map.of("owner", "shiva"));
            S3ObjectInfo info = s3.head("docs/a.txt").orElseThrow();
            assertEquals(bucket, info.bucket());
            assertEquals("docs/a.txt", info.key());
            assertEquals(body.length, info.size());
            assertEquals("text/plain", info.contentType());
            assertEquals(Map.of("owner", "shiva"), info.metadata());
            assertTrue(info.eTag() != null && !info.eTag().isEmpty());
            assertArrayEquals(body, s3.get("docs/a.txt").orElseThrow());

            URI link = s3.presignedGet("docs/a.txt", Duration.ofMinutes(10));
            assertTrue(link.getQuery().contains("X-Amz-Expires=600"), link.toString());
            assertFalse(link.toString().contains(SECRET_KEY));
            HttpResponse<byte[]> fetched = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(link).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, fetched.statusCode());
            assertArrayEquals(body, fetched.body());

            s3.delete("docs/a.txt");
            assertTrue(s3.get("docs/a.txt").isEmpty());
            assertTrue(s3.head("docs/a.txt").isEmpty());
            s3.delete("docs/a.txt"); // deleting what is not there is no error

            s3.put(other, "b.bin", new byte[] {1, 2, 3}, "application/octet-stream", Map.of());
            assertArrayEquals(new byte[] {1, 2, 3}, s3.get(other, "b.bin").orElseThrow());
            assertTrue(s3.get("b.bin").isEmpty());
            assertEquals(3, s3.head(other, "b.bin").orElseThrow().size());

            S3Operations.S3Exception failure =
                    assertThrows(S3Operations.S3Exception.class, () -> s3.get("no-such-bucket-" + unique(), "x"));
            assertTrue(failure.getMessage().contains("get of 'x' in bucket 'no-such-bucket-"), failure.getMessage());

            assertTrue(open.probe(Duration.ofSeconds(5)));
            open.close();
        }
    }

    @Test
    void withoutABucketTheCallsNameOne() throws Exception {
        String bucket = bucket();
        ConnectionSpec spec = DriverTesting.spec("files_any", "s3", """
                endpoint_url: %s
                aws_access_key_id: %s
                aws_secret_access_key: %s
                """.formatted(endpoint, ACCESS_KEY, SECRET_KEY));
        assertEquals(endpoint, driver.target(spec));
        try (ApplicationContext context = DriverTesting.context(driver, spec)) {
            OpenConnection open = driver.open(spec, context, OPEN_TIMEOUT);
            S3Operations s3 = (S3Operations) open.handle();
            assertTrue(s3.bucket().isEmpty());
            assertThrows(IllegalStateException.class, () -> s3.get("x"));
            s3.put(bucket, "k", new byte[] {7}, "application/octet-stream", Map.of());
            assertArrayEquals(new byte[] {7}, s3.get(bucket, "k").orElseThrow());
            assertTrue(open.probe(Duration.ofSeconds(5)));
            open.close();
        }
    }

    @Test
    void aWrongSecretFailsWithoutShowingIt() {
        ConnectionSpec spec = spec("files_bad", bucket(), "Wr0ng-Secret-Key");
        String message = openFailure(driver, spec, Duration.ofSeconds(5), "Wr0ng-Secret-Key");
        assertTrue(message.contains("403"), message);
    }

    @Test
    void aMissingBucketFailsTheStart() {
        ConnectionSpec spec = spec("files_gone", "shiva-gone-" + unique(), SECRET_KEY);
        String message = openFailure(driver, spec, Duration.ofSeconds(5), SECRET_KEY);
        assertTrue(message.contains("does not exist"), message);
    }

    @Test
    void anUnreachableEndpointFailsInTimeAndSaysWhy() {
        ConnectionSpec spec = DriverTesting.spec("files_down", "s3", """
                endpoint_url: http://127.0.0.1:1
                aws_access_key_id: someone
                aws_secret_access_key: NeverShown9
                bucket: anything
                """);
        String message = openFailure(driver, spec, Duration.ofSeconds(5), "NeverShown9");
        assertEquals("http://127.0.0.1:1 bucket anything", driver.target(spec));
        assertTrue(message.toLowerCase(Locale.ROOT).contains("connection refused"), message);
    }

    @Test
    void configMistakesAreLocated() {
        ConfigException service =
                assertThrows(ConfigException.class, () -> driver.contextProperties(DriverTesting.spec("f", "s3", """
                endpoint_url: http://127.0.0.1:9000
                service_name: sqs
                """)));
        assertTrue(service.getMessage().startsWith("config.yml:2:"), service.getMessage());
        assertTrue(service.getMessage().contains("'sqs'"), service.getMessage());

        ConfigException endpointUrl =
                assertThrows(ConfigException.class, () -> driver.contextProperties(DriverTesting.spec("f", "s3", """
                endpoint_url: 127.0.0.1:9000
                """)));
        assertTrue(endpointUrl.getMessage().startsWith("config.yml:1:"), endpointUrl.getMessage());

        ConfigException half =
                assertThrows(ConfigException.class, () -> driver.contextProperties(DriverTesting.spec("f", "s3", """
                endpoint_url: http://127.0.0.1:9000
                aws_secret_access_key: Hidden1
                """)));
        assertTrue(half.getMessage().contains("aws_access_key_id"), half.getMessage());
        assertFalse(half.getMessage().contains("Hidden1"), half.getMessage());
    }
}
