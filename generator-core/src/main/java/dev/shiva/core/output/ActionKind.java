package dev.shiva.core.output;

/**
 * What {@code generate} does, or declines to do, with one path. In the order of listings: changes
 * first, then what the user must hear about, then the paths left as they are.
 */
public enum ActionKind {
    /** Absent on disk: written. */
    CREATE,
    /** Written with the new content: a generated file shiva wrote last, or a shared file the user left as generated. */
    UPDATE,
    /** A shared file both the user and the generator changed, merged cleanly: the merge is written. */
    MERGE,
    /** A generated file no longer produced, unchanged since shiva wrote it: deleted. */
    DELETE,
    /** A shared file whose changes overlap: written with conflict markers; the run fails. */
    CONFLICT,
    /** A generated path holding content shiva did not write (a hand edit, the user's own file): left intact; the run fails. */
    REFUSED,
    /** A user file no longer produced (or a shared one the user edited): kept and reported. */
    ORPHAN,
    /** A user file shiva created once and the user deleted: not re-created, reported. */
    USER_DELETED,
    /** Already what the generator produces: not touched, so its mtime stays. */
    UNCHANGED,
    /** A user file that exists: left alone, whatever the generator would put there. */
    KEPT;

    /** Whether the tree differs here from what the generator produces (what {@code --check} fails on). */
    public boolean differs() {
        return switch (this) {
            case UNCHANGED, KEPT, ORPHAN, USER_DELETED -> false;
            default -> true;
        };
    }

    /** Whether the run must end with a non-zero exit code. */
    public boolean fails() {
        return this == CONFLICT || this == REFUSED;
    }

    /** Whether the user must be told about this path. */
    public boolean isProblem() {
        return fails() || this == ORPHAN || this == USER_DELETED;
    }
}
