package dev.shiva.cli;

import dev.shiva.core.ShivaVersion;
import dev.shiva.core.output.ActionKind;
import dev.shiva.core.output.DiffSink;
import dev.shiva.core.output.DryRunSink;
import dev.shiva.core.output.FileSystemSink;
import dev.shiva.core.output.Outcome;
import dev.shiva.core.output.Plan;
import dev.shiva.core.output.Planner;
import dev.shiva.core.output.Problem;
import dev.shiva.core.project.Generation;
import dev.shiva.core.project.ProjectGenerator;
import dev.shiva.core.project.ProjectSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Generates a project and applies the result the way the user asked: write it, show the plan,
 * show the diff, or only check. Shared by {@code generate} and {@code new}.
 */
final class ProjectWriter {

    /** What the user asked {@code generate} to do with the plan. */
    record Mode(boolean dryRun, boolean diff, boolean check, boolean force) {

        static Mode write() {
            return new Mode(false, false, false, false);
        }

        boolean writes() {
            return !dryRun && !diff && !check;
        }
    }

    private final PrintWriter out;

    ProjectWriter(PrintWriter out) {
        this.out = out;
    }

    int run(Path projectDir, Mode mode) throws IOException {
        Optional<ProjectSettings> settings =
                ProjectSettings.exists(projectDir) ? Optional.of(ProjectSettings.read(projectDir)) : Optional.empty();
        Generation generation = new ProjectGenerator().generate(projectDir, settings);
        if (!generation.valid()) {
            ReportFormat.text.printer().print(generation.report(), out);
            return ExitCodes.INVALID;
        }
        generation.report().diagnostics().forEach(d -> out.println(d.format()));
        Plan plan = new Planner(ShivaVersion.get(), mode.force()).plan(projectDir, generation.files());
        if (mode.check()) {
            return check(plan);
        }
        if (!mode.writes()) {
            if (mode.dryRun()) {
                new DryRunSink(out).write(plan);
            }
            if (mode.diff()) {
                new DiffSink(out).write(plan);
            }
            return plan.outcome().mustFail() ? ExitCodes.INVALID : ExitCodes.OK;
        }
        if (settings.isEmpty()) {
            generation.settings().orElseThrow().write(projectDir);
        }
        new FileSystemSink(projectDir).write(plan);
        return report(plan.outcome());
    }

    private int check(Plan plan) throws IOException {
        if (!plan.treeDiffers()) {
            out.println("up to date: the project is what config.yml says");
            return ExitCodes.OK;
        }
        new DryRunSink(out).write(plan);
        out.println("out of date: run 'shiva generate'");
        return ExitCodes.INVALID;
    }

    private int report(Outcome outcome) {
        for (Problem problem : outcome.problems()) {
            out.println(problem.message());
        }
        out.println("generated: " + outcome.count(ActionKind.CREATE) + " created, "
                + (outcome.count(ActionKind.UPDATE) + outcome.count(ActionKind.MERGE)) + " updated, "
                + outcome.count(ActionKind.DELETE) + " deleted, "
                + (outcome.count(ActionKind.UNCHANGED) + outcome.count(ActionKind.KEPT)) + " unchanged"
                + (outcome.count(ActionKind.CONFLICT) > 0
                        ? ", " + outcome.count(ActionKind.CONFLICT) + " in conflict"
                        : ""));
        return outcome.mustFail() ? ExitCodes.INVALID : ExitCodes.OK;
    }
}
