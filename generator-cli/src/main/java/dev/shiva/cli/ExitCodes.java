package dev.shiva.cli;

/** What the process exit code of every shiva command means. */
final class ExitCodes {

    /** Done; the input is valid (warnings allowed). */
    static final int OK = 0;

    /** The input is invalid (the diagnostics say where and why), or a project file cannot be used. */
    static final int INVALID = 1;

    /** The command line itself is wrong (unknown option, missing argument). */
    static final int USAGE = 2;

    /** A bug in shiva: the message asks for --stacktrace and a report. */
    static final int INTERNAL = 3;

    private ExitCodes() {}
}
