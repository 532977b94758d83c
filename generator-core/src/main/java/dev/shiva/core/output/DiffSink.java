package dev.shiva.core.output;

import java.io.IOException;

/** {@code generate --diff}: a unified diff of every file whose content the plan changes. */
public final class DiffSink implements OutputSink {

    private final Appendable out;

    public DiffSink(Appendable out) {
        this.out = out;
    }

    @Override
    public void write(Plan plan) throws IOException {
        for (FileAction action : plan.actions()) {
            if (action.changesContent()) {
                out.append(UnifiedDiff.diff(action.path(), action.before(), action.after()));
            }
        }
    }
}
