package dev.shiva.core.output;

/**
 * Why an action is what it is, when that needs saying: a short note for the plan listing and, for
 * problems, the advice the user reads. All the wording of the output layer lives here.
 */
public enum Reason {
    NONE("", ""),
    MERGED("merged", ""),
    FORCED_OVER_EDIT("forced over a hand edit", ""),
    FORCED_OVER_FOREIGN_FILE("forced over a file shiva did not write", ""),
    EDITED_BY_HAND(
            "edited by hand",
            "edited by hand since shiva wrote it; not overwritten. Generated files are rewritten on every"
                    + " run: move the change into a user class (src/main/java), or run with --force to discard it"),
    NOT_WRITTEN_BY_SHIVA(
            "not written by shiva",
            "in the way: shiva did not write this file and will not overwrite it. Move or rename it, or run"
                    + " with --force to replace it"),
    EDITED_NO_LONGER_GENERATED(
            "edited by hand, no longer generated",
            "no longer generated, but edited by hand since shiva wrote it; not deleted. Delete it yourself,"
                    + " or run with --force"),
    NOT_A_FILE("not a regular file", "a directory or special file is in the way of a generated file; remove it"),
    CONFLICT(
            "",
            "merge conflict: your edits and the generator's changes overlap; conflict markers written."
                    + " Resolve the <<<<<<< yours ... >>>>>>> generated hunks, then run shiva generate again"),
    UNRESOLVED_CONFLICT(
            "still has conflict markers",
            "still has conflict markers from an earlier run; not merged again. Resolve them, then run shiva"
                    + " generate again"),
    ORPHANED(
            "no longer generated",
            "orphaned: no longer generated from config.yml; kept, as it is yours, with the generated code it"
                    + " needs to compile. Delete it if you no longer need it"),
    ORPHANED_EDITED(
            "no longer generated, edited by you",
            "orphaned: no longer generated from config.yml, but you edited it; kept, with the generated code"
                    + " it needs to compile. Delete it if you no longer need it"),
    DELETED_BY_USER(
            "deleted by you", "deleted by you; not re-created. Remove its line from .shiva/manifest to get it back");

    private final String note;
    private final String advice;

    Reason(String note, String advice) {
        this.note = note;
        this.advice = advice;
    }

    /** A few words for the plan listing, e.g. "edited by hand"; empty when nothing needs saying. */
    public String note() {
        return note;
    }

    /** What happened and what to do, for a problem; empty when there is no problem. */
    public String advice() {
        return advice;
    }
}
