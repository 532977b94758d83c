package dev.shiva.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build of shiva: written into manifests and generated poms (runtime version). */
public final class ShivaVersion {

    private static final String VERSION = load();

    private ShivaVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String load() {
        Properties properties = new Properties();
        try (InputStream in = ShivaVersion.class.getResourceAsStream("shiva-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("shiva-version.properties is missing from this build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
