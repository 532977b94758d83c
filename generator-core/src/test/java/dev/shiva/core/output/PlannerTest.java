package dev.shiva.core.output;

import static dev.shiva.core.output.TestProject.generated;
import static dev.shiva.core.output.TestProject.shared;
import static dev.shiva.core.output.TestProject.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One decision at a time: what the planner chooses for each situation, before anything is written. */
class PlannerTest {

    private static final String GEN = "src/generated/java/app/Config.java";
    private static final String WORKER = "src/main/java/app/OrderWorker.java";
    private static final String POM = "pom.xml";

    @TempDir
    Path root;

    private TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(root);
    }

    private FileAction only(Plan plan) {
        assertEquals(1, plan.actions().size(), () -> plan.actions().toString());
        return plan.actions().get(0);
    }

    @Test
    void absentFilesOfEveryZoneAreCreated() throws Exception {
        Plan plan = project.plan(generated(GEN, "g\n"), user(WORKER, "u\n"), shared(POM, "p\n"));
        assertEquals(3, plan.actions(ActionKind.CREATE).size());
        assertTrue(plan.treeDiffers());
        FileAction pom = plan.action(POM).orElseThrow();
        assertEquals(Optional.of(Content.of("p\n")), pom.base());
        assertEquals(Content.of("p\n").sha256(), pom.entry().orElseThrow().sha256());
    }

    @Test
    void identicalContentIsUnchanged() throws Exception {
        project.write(GEN, "g\n");
        FileAction action = only(project.plan(generated(GEN, "g\n")));
        assertEquals(ActionKind.UNCHANGED, action.kind());
        assertFalse(action.changesContent());
    }

    @Test
    void generatedFileShivaWroteIsUpdated() throws Exception {
        project.generate(generated(GEN, "v1\n"));
        FileAction action = only(project.plan(generated(GEN, "v2\n")));
        assertEquals(ActionKind.UPDATE, action.kind());
        assertEquals(Optional.of(Content.of("v1\n")), action.before());
        assertEquals(Optional.of(Content.of("v2\n")), action.after());
    }

    @Test
    void handEditedGeneratedFileIsRefusedUnlessForced() throws Exception {
        project.generate(generated(GEN, "v1\n"));
        project.write(GEN, "v1 edited\n");

        FileAction refused = only(project.plan(generated(GEN, "v2\n")));
        assertEquals(ActionKind.REFUSED, refused.kind());
        assertEquals(Reason.EDITED_BY_HAND, refused.reason());
        assertFalse(refused.changesContent());
        assertEquals(Content.of("v1\n").sha256(), refused.entry().orElseThrow().sha256(), "keeps the old record");

        FileAction forced = only(project.plan(true, generated(GEN, "v2\n")));
        assertEquals(ActionKind.UPDATE, forced.kind());
        assertEquals(Reason.FORCED_OVER_EDIT, forced.reason());
    }

    @Test
    void generatedPathHoldingAFileShivaNeverWroteIsRefused() throws Exception {
        project.write(GEN, "the user's own file\n");
        FileAction action = only(project.plan(generated(GEN, "g\n")));
        assertEquals(ActionKind.REFUSED, action.kind());
        assertEquals(Reason.NOT_WRITTEN_BY_SHIVA, action.reason());
        assertEquals(Optional.empty(), action.entry());
        assertEquals(
                Reason.FORCED_OVER_FOREIGN_FILE,
                only(project.plan(true, generated(GEN, "g\n"))).reason());
    }

    @Test
    void directoryInTheWayIsRefusedEvenWhenForced() throws Exception {
        Files.createDirectories(root.resolve(GEN));
        FileAction action = only(project.plan(true, generated(GEN, "g\n")));
        assertEquals(ActionKind.REFUSED, action.kind());
        assertEquals(Reason.NOT_A_FILE, action.reason());
    }

    @Test
    void generatedFileNoLongerProducedIsDeletedIfUntouched() throws Exception {
        project.generate(generated(GEN, "g\n"));
        FileAction action = only(project.plan());
        assertEquals(ActionKind.DELETE, action.kind());
        assertEquals(Optional.empty(), action.after());
        assertEquals(Optional.empty(), action.entry());
    }

    @Test
    void editedGeneratedFileNoLongerProducedIsRefusedUnlessForced() throws Exception {
        project.generate(generated(GEN, "g\n"));
        project.write(GEN, "g edited\n");
        FileAction refused = only(project.plan());
        assertEquals(ActionKind.REFUSED, refused.kind());
        assertEquals(Reason.EDITED_NO_LONGER_GENERATED, refused.reason());
        assertEquals(ActionKind.DELETE, only(project.plan(true)).kind());
    }

    @Test
    void manifestEntryGoneFromBothSidesIsForgottenSilently() throws Exception {
        project.generate(generated(GEN, "g\n"), user(WORKER, "u\n"));
        project.delete(GEN);
        project.delete(WORKER);
        Plan plan = project.plan();
        assertEquals(List.of(), plan.actions());
        assertTrue(plan.nextManifest().isEmpty());
    }

    @Test
    void existingUserFileIsKeptWhateverTheGeneratorSays() throws Exception {
        project.write(WORKER, "the user's code\n");
        FileAction action = only(project.plan(true, user(WORKER, "a fresh stub\n")));
        assertEquals(ActionKind.KEPT, action.kind());
        assertFalse(action.changesContent());
        assertEquals(
                Content.of("the user's code\n").sha256(),
                action.entry().orElseThrow().sha256());
    }

    @Test
    void userFileDeletedAfterShivaCreatedItIsNotRecreated() throws Exception {
        project.generate(user(WORKER, "stub\n"));
        project.delete(WORKER);
        FileAction action = only(project.plan(true, user(WORKER, "stub\n")));
        assertEquals(ActionKind.USER_DELETED, action.kind());
        assertEquals(Reason.DELETED_BY_USER, action.reason());
        assertTrue(action.entry().isPresent(), "stays recorded, so it stays deleted");
        assertFalse(project.plan(user(WORKER, "stub\n")).treeDiffers());
    }

    @Test
    void userFileNoLongerProducedIsAnOrphan() throws Exception {
        project.generate(user(WORKER, "stub\n"));
        FileAction action = only(project.plan(true));
        assertEquals(ActionKind.ORPHAN, action.kind());
        assertEquals(Reason.ORPHANED, action.reason());
        assertTrue(action.entry().isPresent(), "reported again next time");
        assertFalse(project.plan().treeDiffers());
    }

    @Test
    void sharedFileNoLongerProducedIsDeletedIfUntouchedElseOrphaned() throws Exception {
        project.generate(shared("Dockerfile", "FROM x\n"));
        assertEquals(ActionKind.DELETE, only(project.plan()).kind());
        project.write("Dockerfile", "FROM x\nRUN mine\n");
        FileAction orphan = only(project.plan());
        assertEquals(ActionKind.ORPHAN, orphan.kind());
        assertEquals(Reason.ORPHANED_EDITED, orphan.reason());
    }

    @Test
    void sharedFileEditedOnlyByTheUserIsUnchanged() throws Exception {
        project.generate(shared(POM, "a\nb\n"));
        project.write(POM, "a\nb\nmine\n");
        assertEquals(
                ActionKind.UNCHANGED, only(project.plan(shared(POM, "a\nb\n"))).kind());
    }

    @Test
    void sharedFileEditedOnlyByTheGeneratorIsUpdated() throws Exception {
        project.generate(shared(POM, "a\nb\n"));
        assertEquals(
                ActionKind.UPDATE, only(project.plan(shared(POM, "a\nB\n"))).kind());
    }

    @Test
    void sharedFileEditedByBothIsMergedOrConflicts() throws Exception {
        project.generate(shared(POM, "1\n2\n3\n4\n5\n"));
        project.write(POM, "one\n2\n3\n4\n5\n");

        FileAction merge = only(project.plan(shared(POM, "1\n2\n3\n4\nfive\n")));
        assertEquals(ActionKind.MERGE, merge.kind());
        assertEquals(Reason.MERGED, merge.reason());
        assertEquals(Optional.of(Content.of("one\n2\n3\n4\nfive\n")), merge.after());
        assertEquals(Optional.of(Content.of("1\n2\n3\n4\nfive\n")), merge.base());

        FileAction conflict = only(project.plan(shared(POM, "uno\n2\n3\n4\n5\n")));
        assertEquals(ActionKind.CONFLICT, conflict.kind());
        assertTrue(
                ThreeWayMerge.hasConflictMarkers(conflict.after().orElseThrow().utf8()));
        assertTrue(conflict.kind().fails());
    }

    @Test
    void sharedFileWithoutHistoryThatDiffersConflictsRatherThanGuess() throws Exception {
        project.write(POM, "the user's pom\n");
        FileAction action = only(project.plan(shared(POM, "generated pom\n")));
        assertEquals(ActionKind.CONFLICT, action.kind());
    }

    @Test
    void lostBaseFallsBackToTheFileWhenItIsStillWhatShivaGenerated() throws Exception {
        project.generate(shared(POM, "a\n"));
        Files.delete(root.resolve(".shiva/base/pom.xml"));
        assertEquals(ActionKind.UPDATE, only(project.plan(shared(POM, "b\n"))).kind());
    }

    @Test
    void deletedSharedFileIsRecreated() throws Exception {
        project.generate(shared(POM, "p\n"));
        project.delete(POM);
        assertEquals(ActionKind.CREATE, only(project.plan(shared(POM, "p\n"))).kind());
    }

    @Test
    void actionsAreSortedByPathAndDuplicatesRejected() throws Exception {
        Plan plan = project.plan(generated("b", "b"), generated("a/z", "z"), generated("a", "a"));
        assertEquals(
                List.of("a", "a/z", "b"),
                plan.actions().stream().map(FileAction::path).toList());
        assertThrows(IllegalArgumentException.class, () -> project.plan(generated("a", "1"), user("a", "2")));
    }

    @Test
    void forceNeverTouchesAConflict() throws Exception {
        project.generate(shared(POM, "x\n"));
        project.write(POM, "mine\n");
        assertEquals(
                ActionKind.CONFLICT,
                only(project.plan(true, shared(POM, "theirs\n"))).kind());
    }
}
