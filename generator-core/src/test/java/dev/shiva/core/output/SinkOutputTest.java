package dev.shiva.core.output;

import static dev.shiva.core.output.TestProject.generated;
import static dev.shiva.core.output.TestProject.shared;
import static dev.shiva.core.output.TestProject.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text of {@code --dry-run} and {@code --diff} for one small plan with every kind of action. */
class SinkOutputTest {

    @TempDir
    Path root;

    private TestProject project;
    private Plan plan;

    /**
     * Before: Config (unchanged), Routes (shiva's, changes), Bootstrap (edited by hand), Old (no
     * longer produced), pom.xml (both changed: merge), application.yml (conflict), README (a line
     * the generator changes), OrderWorker (kept), OldWorker (orphan), Gone (deleted by the user);
     * new: Health.java.
     */
    @BeforeEach
    void setUp() throws Exception {
        project = new TestProject(root);
        project.generate(
                generated("src/generated/java/app/Config.java", "config\n"),
                generated("src/generated/java/app/Routes.java", "a\nb\n"),
                generated("src/generated/java/app/Bootstrap.java", "boot\n"),
                generated("src/generated/java/app/Old.java", "old\n"),
                shared("pom.xml", "1\n2\n3\n4\n5\n"),
                shared("application.yml", "port: 8080\n"),
                shared("README.md", "# app\n"),
                user("src/main/java/app/OrderWorker.java", "stub\n"),
                user("src/main/java/app/OldWorker.java", "stub\n"),
                user("src/main/java/app/Gone.java", "stub\n"));
        project.write("src/generated/java/app/Bootstrap.java", "boot, edited\n");
        project.write("pom.xml", "one\n2\n3\n4\n5\n");
        project.write("application.yml", "port: 9090\n");
        project.write("src/main/java/app/OrderWorker.java", "class OrderWorker {}\n");
        project.delete("src/main/java/app/Gone.java");
        plan = project.plan(
                generated("src/generated/java/app/Config.java", "config\n"),
                generated("src/generated/java/app/Routes.java", "a\nB\n"),
                generated("src/generated/java/app/Bootstrap.java", "boot 2\n"),
                generated("src/generated/java/app/Health.java", "health\n"),
                shared("pom.xml", "1\n2\n3\n4\nfive\n"),
                shared("application.yml", "port: 8081\n"),
                shared("README.md", "# App\n"),
                user("src/main/java/app/OrderWorker.java", "stub\n"),
                user("src/main/java/app/Gone.java", "stub\n"));
    }

    @Test
    void dryRunListsOneLinePerActionAndASummary() throws Exception {
        StringBuilder out = new StringBuilder();
        new DryRunSink(out).write(plan);
        assertEquals("""
                update    README.md
                conflict  application.yml
                update    pom.xml (merged)
                refused   src/generated/java/app/Bootstrap.java (edited by hand)
                create    src/generated/java/app/Health.java
                delete    src/generated/java/app/Old.java
                update    src/generated/java/app/Routes.java
                skipped   src/main/java/app/Gone.java (deleted by you)
                orphan    src/main/java/app/OldWorker.java (no longer generated)
                dry run, nothing written: 1 create, 2 update, 1 merge, 1 delete, 1 conflict, 1 refused, \
                1 orphan, 1 skipped, 1 unchanged, 1 kept
                """, out.toString());
    }

    @Test
    void dryRunCanListUnchangedFilesToo() throws Exception {
        StringBuilder out = new StringBuilder();
        new DryRunSink(out, true).write(plan);
        assertTrue(out.toString().contains("unchanged src/generated/java/app/Config.java\n"));
        assertTrue(out.toString().contains("kept      src/main/java/app/OrderWorker.java\n"));
    }

    @Test
    void diffShowsEveryContentChangeAndNothingElse() throws Exception {
        StringBuilder out = new StringBuilder();
        new DiffSink(out).write(plan);
        assertEquals("""
                --- a/README.md
                +++ b/README.md
                @@ -1 +1 @@
                -# app
                +# App
                --- a/application.yml
                +++ b/application.yml
                @@ -1 +1,7 @@
                +<<<<<<< yours
                 port: 9090
                +||||||| base
                +port: 8080
                +=======
                +port: 8081
                +>>>>>>> generated
                --- a/pom.xml
                +++ b/pom.xml
                @@ -2,4 +2,4 @@
                 2
                 3
                 4
                -5
                +five
                --- /dev/null
                +++ b/src/generated/java/app/Health.java
                @@ -0,0 +1 @@
                +health
                --- a/src/generated/java/app/Old.java
                +++ /dev/null
                @@ -1 +0,0 @@
                -old
                --- a/src/generated/java/app/Routes.java
                +++ b/src/generated/java/app/Routes.java
                @@ -1,2 +1,2 @@
                 a
                -b
                +B
                """, out.toString());
    }

    @Test
    void outcomeCountsProblemsAndTheExitDecision() {
        Outcome outcome = plan.outcome();
        assertEquals(2, outcome.count(ActionKind.UPDATE));
        assertEquals(1, outcome.count(ActionKind.MERGE));
        assertEquals(1, outcome.count(ActionKind.USER_DELETED));
        assertEquals(
                List.of(
                        "application.yml: " + Reason.CONFLICT.advice(),
                        "src/generated/java/app/Bootstrap.java: " + Reason.EDITED_BY_HAND.advice(),
                        "src/main/java/app/Gone.java: " + Reason.DELETED_BY_USER.advice(),
                        "src/main/java/app/OldWorker.java: " + Reason.ORPHANED.advice()),
                outcome.problems().stream().map(Problem::message).toList());
        assertTrue(outcome.mustFail());
        assertTrue(plan.treeDiffers());
    }

    @Test
    void onlyOrphansAndDeletedUserFilesDoNotFailTheRunOrTheCheck() throws Exception {
        Plan quiet = project.plan(user("src/main/java/app/Gone.java", "stub\n"));
        // Everything else is no longer produced; drop the files that would be deleted or refused.
        assertTrue(quiet.outcome().mustFail(), "Bootstrap is still edited by hand");
        project.delete("src/generated/java/app/Bootstrap.java");
        project.delete("src/generated/java/app/Config.java");
        project.delete("src/generated/java/app/Routes.java");
        project.delete("src/generated/java/app/Old.java");
        project.delete("pom.xml");
        project.delete("application.yml");
        project.delete("README.md");
        Plan onlyReports = project.plan(user("src/main/java/app/Gone.java", "stub\n"));
        assertEquals(
                List.of(ActionKind.USER_DELETED, ActionKind.ORPHAN, ActionKind.ORPHAN),
                onlyReports.actions().stream().map(FileAction::kind).toList());
        assertFalse(onlyReports.outcome().mustFail());
        assertFalse(onlyReports.treeDiffers());
    }
}
