package dev.shiva.core.output;

/** Something the user must hear about after a run: a conflict, a refusal, an orphan, a deleted user file. */
public record Problem(ActionKind kind, String path, Reason reason, String message) {

    static Problem of(FileAction action) {
        return new Problem(action.kind(), action.path(), action.reason(), action.message());
    }

    /** Conflicts and refusals fail the run; orphans and deleted user files are only reported. */
    public boolean fails() {
        return kind.fails();
    }

    @Override
    public String toString() {
        return message;
    }
}
