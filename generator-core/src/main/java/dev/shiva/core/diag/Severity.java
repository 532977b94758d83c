package dev.shiva.core.diag;

import java.util.Locale;

/** Errors make a config invalid (exit 1); warnings are printed and the config stays valid. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
