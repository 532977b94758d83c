package dev.shiva.core.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The immutable bytes of one file, compared byte for byte: the output layer never re-encodes what
 * it did not produce, so a user's file goes back to disk exactly as it was read.
 */
public final class Content {

    private final byte[] bytes;
    // Computed on first use; a race only computes the same string twice, so no locking.
    private String sha256;

    private Content(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Content of(byte[] bytes) {
        return new Content(bytes.clone());
    }

    /** Text as generators produce it, stored as UTF-8. */
    public static Content of(String text) {
        return new Content(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The inverse of {@link #lossless()}: every char of the text is one byte. Used to turn a merge
     * result back into bytes without touching any byte the user wrote.
     */
    static Content fromLossless(String text) {
        return new Content(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** The SHA-256 of the bytes in lower-case hex, as recorded in the manifest. */
    public String sha256() {
        if (sha256 == null) {
            sha256 = HexFormat.of().formatHex(digest().digest(bytes));
        }
        return sha256;
    }

    /** The bytes read as UTF-8, for display only: malformed input is replaced, not preserved. */
    public String utf8() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The bytes read one byte per char (ISO-8859-1). Line-based merging works on this form: '\n'
     * is the same byte in UTF-8 and never part of a multi-byte sequence, and every byte survives
     * the round trip, even in a file that is not valid UTF-8.
     */
    String lossless() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** A NUL byte is the usual sign of a binary file, which is not shown as lines. */
    boolean looksBinary() {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Content that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Content[" + bytes.length + " bytes, sha256=" + sha256() + "]";
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
