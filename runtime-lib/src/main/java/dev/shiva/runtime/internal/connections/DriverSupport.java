package dev.shiva.runtime.internal.connections;

import dev.shiva.runtime.internal.config.Secrets;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** What the drivers share: the connect timeout of their context properties, waiting, and failure text. */
final class DriverSupport {

    /**
     * The connect timeout written into the Micronaut properties of a connection ({@link
     * Driver#contextProperties} runs before the open timeout is known). {@link Driver#open} bounds
     * its round trip by its own timeout as well.
     */
    static final Duration CONNECT_TIMEOUT = ConnectionSet.OPEN_TIMEOUT;

    static final int MASKED_LENGTH = 4;

    private DriverSupport() {}

    /** {@code PT10S}, {@code PT0.5S}: an ISO-8601 duration in seconds, as R2DBC options read them. */
    static String isoSeconds(Duration duration) {
        BigDecimal seconds =
                BigDecimal.valueOf(duration.toMillis()).movePointLeft(3).stripTrailingZeros();
        return "PT" + seconds.toPlainString() + "S";
    }

    /**
     * Runs {@code work} on a daemon thread of its own (not the common pool, which may have a single
     * thread on a small machine), so that the caller can wait for it with a bound.
     */
    static <T> CompletableFuture<T> onOwnThread(String name, Supplier<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        future.complete(work.get());
                    } catch (RuntimeException | Error e) {
                        future.completeExceptionally(e);
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
        return future;
    }

    /** Waits for {@code future} at most {@code timeout}; a timeout cancels it. */
    static <T> T await(CompletableFuture<T> future, Duration timeout) throws Exception {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw e;
        }
    }

    /**
     * Why {@code failure} happened, in one line: the first message of its cause chain that is not a
     * wrapper's, with the innermost message added when it says more ({@code Cannot connect to
     * localhost/127.0.0.1:1 (Connection refused: /127.0.0.1:1)}). A timeout reads {@code no answer
     * within 5 s}.
     */
    static String reason(Throwable failure, Duration timeout) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        for (Throwable t : chain) {
            if (t instanceof TimeoutException
                    || t instanceof java.net.SocketTimeoutException
                    || t instanceof CancellationException) {
                return "no answer within " + seconds(timeout);
            }
        }
        String first = null;
        String last = null;
        for (Throwable t : chain) {
            String message = firstLine(t.getMessage());
            if (message == null || isWrapper(t)) {
                continue;
            }
            if (first == null) {
                first = message;
            }
            last = message;
        }
        if (first == null) {
            Throwable root = chain.get(chain.size() - 1);
            return root.getClass().getSimpleName();
        }
        if (last != null && !first.contains(last)) {
            return first + " (" + last + ")";
        }
        return first;
    }

    /** {@code 5 s}, {@code 0.5 s}. */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis())
                        .movePointLeft(3)
                        .stripTrailingZeros()
                        .toPlainString() + " s";
    }

    /**
     * {@code text} without {@code secret} (also in its URL-encoded form) and without passwords of URIs
     * in it. Secrets shorter than {@value #MASKED_LENGTH} characters are not searched for: masking every
     * {@code b} of a message would leave nothing to read (the drivers never quote a secret themselves).
     */
    static String mask(String text, String secret) {
        String masked = Secrets.redact(text);
        if (masked == null || secret == null || secret.length() < MASKED_LENGTH) {
            return masked;
        }
        masked = masked.replace(secret, "***");
        String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return encoded.equals(secret) ? masked : masked.replace(encoded, "***");
    }

    /** Micronaut's and the JDK's wrappers say where a failure passed, not what it was. */
    private static boolean isWrapper(Throwable t) {
        String name = t.getClass().getName();
        return t instanceof ExecutionException
                || t instanceof CompletionException
                || name.startsWith("io.micronaut.context.exceptions.")
                || name.equals("reactor.core.Exceptions$ReactiveException")
                || (t.getClass() == RuntimeException.class
                        && t.getCause() != null
                        && String.valueOf(t.getMessage()).equals(String.valueOf(t.getCause())));
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.isEmpty() ? null : line;
    }
}
