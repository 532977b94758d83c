package dev.shiva.core.diag;

import java.util.regex.Pattern;

/**
 * Masks the password of URIs such as {@code postgresql://user:secret@host/db}. Messages quote what
 * the user wrote, and what they wrote in a DSN may be a password: it must never reach a terminal,
 * a CI log or a bug report.
 */
public final class Secrets {

    private static final Pattern USER_INFO_PASSWORD =
            Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://[^:/@\\s'\"]*):[^@\\s'\"/]+@");

    private Secrets() {}

    public static String redact(String text) {
        return USER_INFO_PASSWORD.matcher(text).replaceAll("$1:***@");
    }
}
