package dev.shiva.core.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code generate --dry-run}: one line per action, then a summary; nothing is written.
 *
 * <pre>
 * create    src/generated/java/app/Config.java
 * update    pom.xml (merged)
 * refused   src/generated/java/app/Bootstrap.java (edited by hand)
 * dry run, nothing written: 1 create, 1 merge, 1 refused, 12 unchanged
 * </pre>
 *
 * <p>Unchanged and kept files are left out of the list unless asked for: in a project of hundreds
 * of files they would bury the few lines that matter. They are still counted in the summary.
 */
public final class DryRunSink implements OutputSink {

    private static final int LABEL_WIDTH = 10;

    private final Appendable out;
    private final boolean listUnchanged;

    public DryRunSink(Appendable out) {
        this(out, false);
    }

    public DryRunSink(Appendable out, boolean listUnchanged) {
        this.out = out;
        this.listUnchanged = listUnchanged;
    }

    @Override
    public void write(Plan plan) throws IOException {
        for (FileAction action : plan.actions()) {
            if (listUnchanged || action.kind() != ActionKind.UNCHANGED && action.kind() != ActionKind.KEPT) {
                out.append(line(action)).append('\n');
            }
        }
        out.append(summary(plan.outcome())).append('\n');
    }

    static String line(FileAction action) {
        String label = label(action.kind());
        String note = action.reason().note();
        return label
                + " ".repeat(Math.max(1, LABEL_WIDTH - label.length()))
                + action.path()
                + (note.isEmpty() ? "" : " (" + note + ")");
    }

    static String summary(Outcome outcome) {
        List<String> counts = new ArrayList<>();
        for (ActionKind kind : ActionKind.values()) {
            if (outcome.count(kind) > 0) {
                counts.add(outcome.count(kind) + " " + countWord(kind));
            }
        }
        return "dry run, nothing written: " + (counts.isEmpty() ? "no files" : String.join(", ", counts));
    }

    private static String label(ActionKind kind) {
        return switch (kind) {
            case MERGE -> "update"; // with the note "(merged)"
            case USER_DELETED -> "skipped";
            default -> countWord(kind);
        };
    }

    private static String countWord(ActionKind kind) {
        return switch (kind) {
            case USER_DELETED -> "skipped";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }
}
