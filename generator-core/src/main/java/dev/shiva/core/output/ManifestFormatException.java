package dev.shiva.core.output;

import java.io.IOException;

/**
 * {@code .shiva/manifest} cannot be read. Never ignored: without the manifest shiva cannot tell its
 * own files from the user's, and guessing could overwrite or delete user work.
 */
public final class ManifestFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public ManifestFormatException(int line, String message) {
        super(ProjectPaths.MANIFEST + ":" + line + ": " + message);
    }
}
