package dev.shiva.runtime.internal.config;

import java.util.regex.Pattern;

/**
 * Masks the password of URIs such as {@code postgresql://user:secret@host/db}. Messages quote what
 * was configured, and a DSN may hold a password: it must never reach a terminal or a log. The
 * password runs to the last {@code @} of the URI, so that an unescaped {@code @} or {@code /} in it
 * is masked too (masking a little more than the password is the safe side).
 */
public final class Secrets {

    private static final Pattern USER_INFO_PASSWORD =
            Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://[^:/@\\s'\"]*):[^\\s'\"]*@");

    private Secrets() {}

    public static String redact(String text) {
        return text == null ? null : USER_INFO_PASSWORD.matcher(text).replaceAll("$1:***@");
    }
}
