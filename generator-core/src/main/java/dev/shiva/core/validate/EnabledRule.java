package dev.shiva.core.validate;

import dev.shiva.core.diag.Code;
import dev.shiva.core.diag.Diagnostics;
import dev.shiva.core.load.SourceConfig;
import dev.shiva.core.load.SourceEntry;
import java.util.List;

/**
 * Python Shiva runs a dispatcher or worker only when {@code enabled} is literally true, so a
 * forgotten key silently switches the entry off. shiva keeps that meaning and says so.
 */
final class EnabledRule implements Rule {

    @Override
    public void check(SourceConfig config, Diagnostics out) {
        check(config.dispatchers(), "dispatcher", out);
        check(config.workers(), "worker", out);
    }

    private static void check(List<SourceEntry> entries, String kind, Diagnostics out) {
        for (SourceEntry entry : entries) {
            if (entry.enabled() == SourceEntry.Enabled.MISSING) {
                out.report(
                        Code.ENABLED_MISSING,
                        entry.keyLocation(),
                        entry.path(),
                        "'enabled' is missing, so this " + kind + " does not run (as in Python Shiva)",
                        "add 'enabled: true' to run it, or 'enabled: false' to say it is off on purpose");
            }
        }
    }
}
