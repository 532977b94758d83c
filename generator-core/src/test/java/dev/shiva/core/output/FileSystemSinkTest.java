package dev.shiva.core.output;

import static dev.shiva.core.output.TestProject.generated;
import static dev.shiva.core.output.TestProject.shared;
import static dev.shiva.core.output.TestProject.user;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole runs of {@code generate} against a real directory, the way the CLI will use the layer. */
class FileSystemSinkTest {

    private static final String GEN = "src/generated/java/app/Config.java";
    private static final String WORKER = "src/main/java/app/OrderWorker.java";
    private static final String POM_PATH = "pom.xml";

    private static final String POM_V1 = """
            <project>
              <properties>
                <java.version>17</java.version>
              </properties>
              <dependencies>
                <dependency>
                  <groupId>io.micronaut</groupId>
                  <artifactId>micronaut-runtime</artifactId>
                </dependency>
              </dependencies>
            </project>
            """;
    private static final String POM_V2 = POM_V1.replace("""
                <java.version>17</java.version>
            """, """
                <java.version>17</java.version>
                <micronaut.version>4.10.8</micronaut.version>
            """);
    private static final String USER_DEPENDENCY = """
                <dependency>
                  <groupId>org.acme</groupId>
                  <artifactId>acme-client</artifactId>
                </dependency>
            """;

    @TempDir
    Path root;

    private TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(root);
    }

    private static GeneratedFile[] sample(String suffix) {
        return new GeneratedFile[] {
            generated(GEN, "// generated" + suffix + "\n"),
            user(WORKER, "class OrderWorker {}" + suffix + "\n"),
            shared(POM_PATH, POM_V1),
        };
    }

    @Test
    void firstRunWritesFilesManifestAndBases() throws Exception {
        Plan plan = project.generate(sample(""));

        assertEquals(3, plan.outcome().count(ActionKind.CREATE));
        assertEquals("// generated\n", project.read(GEN));
        assertEquals("class OrderWorker {}\n", project.read(WORKER));
        assertEquals(POM_V1, project.read(POM_PATH));
        assertEquals(POM_V1, project.read(".shiva/base/pom.xml"));
        assertEquals(plan.nextManifest(), project.manifest());
        assertEquals(3, project.manifest().entries().size());
    }

    @Test
    void regeneratingWithTheSameInputRewritesNothing() throws Exception {
        project.generate(sample(""));
        List<String> paths = List.of(GEN, WORKER, POM_PATH, ".shiva/manifest", ".shiva/base/pom.xml");
        for (String path : paths) {
            project.age(path);
        }

        Plan second = project.generate(sample(""));

        for (String path : paths) {
            assertEquals(TestProject.LONG_AGO, project.mtime(path), path + " was rewritten");
        }
        assertTrue(second.actions().stream()
                .allMatch(a -> a.kind() == ActionKind.UNCHANGED || a.kind() == ActionKind.KEPT));
        assertFalse(second.treeDiffers());
        assertFalse(second.outcome().mustFail());
    }

    @Test
    void handEditedGeneratedFileIsLeftByteForByteUntilForced() throws Exception {
        project.generate(sample(""));
        byte[] edited = "// generated\n// my hand edit \u00e9\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(root.resolve(GEN), edited);
        project.age(GEN);

        Plan refused = project.generate(sample(" v2"));

        assertArrayEquals(edited, project.bytes(GEN));
        assertEquals(TestProject.LONG_AGO, project.mtime(GEN));
        assertTrue(refused.outcome().mustFail());
        assertEquals(
                GEN + ": " + Reason.EDITED_BY_HAND.advice(),
                refused.outcome().problems().get(0).message());
        assertEquals(
                Content.of("// generated\n").sha256(),
                project.manifest().entry(GEN).orElseThrow().sha256(),
                "the manifest still says what shiva wrote, so the next run refuses too");
        assertEquals(
                ActionKind.REFUSED,
                project.plan(sample(" v2")).action(GEN).orElseThrow().kind());

        Plan forced = project.generate(true, sample(" v2"));

        assertEquals("// generated v2\n", project.read(GEN));
        assertFalse(forced.outcome().mustFail());
        assertEquals(
                ActionKind.UNCHANGED,
                project.plan(sample(" v2")).action(GEN).orElseThrow().kind());
    }

    @Test
    void userFileIsNeverOverwritten() throws Exception {
        project.generate(sample(""));
        project.write(WORKER, "class OrderWorker { void handle() {} }\n");

        project.generate(true, sample(" with a new stub"));

        assertEquals("class OrderWorker { void handle() {} }\n", project.read(WORKER));
        String foreign = "src/main/java/app/Mine.java";
        project.write(foreign, "mine\n");
        project.generate(user(foreign, "stub\n"));
        assertEquals("mine\n", project.read(foreign));
    }

    @Test
    void orphanedUserFileIsReportedAndStays() throws Exception {
        project.generate(sample(""));

        Plan plan = project.generate(generated(GEN, "// generated\n"), shared(POM_PATH, POM_V1));

        assertTrue(project.exists(WORKER));
        assertEquals(1, plan.outcome().count(ActionKind.ORPHAN));
        Problem problem = plan.outcome().problems().get(0);
        assertEquals(WORKER, problem.path());
        assertTrue(problem.message().startsWith(WORKER + ": orphaned"), problem.message());
        assertFalse(plan.outcome().mustFail());
        assertTrue(project.manifest().entry(WORKER).isPresent(), "still reported next time");
    }

    @Test
    void pomEditedByUserAndGeneratorMergesCleanly() throws Exception {
        project.generate(shared(POM_PATH, POM_V1));
        String userPom = POM_V1.replace("  </dependencies>\n", USER_DEPENDENCY + "  </dependencies>\n");
        project.write(POM_PATH, userPom);

        Plan plan = project.generate(shared(POM_PATH, POM_V2));

        assertEquals(ActionKind.MERGE, plan.action(POM_PATH).orElseThrow().kind());
        String merged = project.read(POM_PATH);
        assertEquals(POM_V2.replace("  </dependencies>\n", USER_DEPENDENCY + "  </dependencies>\n"), merged);
        assertTrue(merged.contains("<artifactId>acme-client</artifactId>"));
        assertTrue(merged.contains("<micronaut.version>4.10.8</micronaut.version>"));
        assertEquals(POM_V2, project.read(".shiva/base/pom.xml"));
        assertFalse(plan.outcome().mustFail());

        project.age(POM_PATH);
        Plan again = project.generate(shared(POM_PATH, POM_V2));
        assertEquals(ActionKind.UNCHANGED, again.action(POM_PATH).orElseThrow().kind());
        assertEquals(TestProject.LONG_AGO, project.mtime(POM_PATH));
    }

    @Test
    void conflictWritesMarkersFailsAndKeepsTheBaseForTheNextRun() throws Exception {
        String yml = "application.yml";
        String generatedV2 = "name: app\nport: 8081\nthreads: 4\nlog: warn\n";
        project.generate(shared(yml, "name: app\nport: 8080\nthreads: 4\nlog: warn\n"));
        project.write(yml, "name: app\nport: 9090\nthreads: 4\nlog: warn\n");

        Plan plan = project.generate(shared(yml, generatedV2));

        assertEquals(ActionKind.CONFLICT, plan.action(yml).orElseThrow().kind());
        assertTrue(plan.outcome().mustFail());
        assertEquals("""
                name: app
                <<<<<<< yours
                port: 9090
                ||||||| base
                port: 8080
                =======
                port: 8081
                >>>>>>> generated
                threads: 4
                log: warn
                """, project.read(yml));
        assertEquals(generatedV2, project.read(".shiva/base/application.yml"));

        // Not resolved yet: still a conflict, nothing rewritten, markers not nested.
        project.age(yml);
        Plan unresolved = project.generate(shared(yml, generatedV2));
        FileAction still = unresolved.action(yml).orElseThrow();
        assertEquals(ActionKind.CONFLICT, still.kind());
        assertEquals(Reason.UNRESOLVED_CONFLICT, still.reason());
        assertTrue(unresolved.outcome().mustFail());
        assertEquals(TestProject.LONG_AGO, project.mtime(yml));

        // Resolved in the user's favour: kept, and later generator changes merge against the base.
        project.write(yml, "name: app\nport: 9090\nthreads: 4\nlog: warn\n");
        Plan resolved = project.generate(shared(yml, generatedV2));
        assertEquals(ActionKind.UNCHANGED, resolved.action(yml).orElseThrow().kind());
        assertFalse(resolved.outcome().mustFail());
        Plan later = project.generate(shared(yml, "name: app\nport: 8081\nthreads: 4\nlog: info\n"));
        assertEquals(ActionKind.MERGE, later.action(yml).orElseThrow().kind());
        assertEquals("name: app\nport: 9090\nthreads: 4\nlog: info\n", project.read(yml));
    }

    @Test
    void generatedFileNoLongerProducedIsDeletedWithItsEmptyDirectories() throws Exception {
        String gone = "src/generated/java/app/routes/Routes.java";
        String staying = "src/generated/java/app/Config.java";
        String outsideRoots = "docs/api/Api.md";
        project.generate(generated(gone, "r\n"), generated(staying, "c\n"), generated(outsideRoots, "a\n"));

        Plan plan = project.generate(generated(staying, "c\n"));

        assertEquals(2, plan.outcome().count(ActionKind.DELETE));
        assertFalse(project.exists(gone));
        assertFalse(project.exists("src/generated/java/app/routes"), "left empty under a generated root");
        assertTrue(project.exists(staying));
        assertFalse(project.exists(outsideRoots));
        assertTrue(project.exists("docs/api"), "not under a generated root: kept even though empty");
        assertTrue(project.manifest().entry(gone).isEmpty());

        project.generate();
        assertFalse(project.exists("src/generated/java"));
        assertTrue(project.exists("src/generated"), "the generated root itself stays");
    }

    @Test
    void deletingASharedFileAlsoDropsItsBase() throws Exception {
        project.generate(shared("docker/Dockerfile", "FROM x\n"));
        assertTrue(project.exists(".shiva/base/docker/Dockerfile"));

        project.generate();

        assertFalse(project.exists("docker/Dockerfile"));
        assertFalse(project.exists(".shiva/base/docker"));
    }

    @Test
    void deletedGeneratedFileIsRecreated() throws Exception {
        project.generate(sample(""));
        project.delete(GEN);
        assertEquals(
                ActionKind.CREATE,
                project.generate(sample("")).action(GEN).orElseThrow().kind());
        assertEquals("// generated\n", project.read(GEN));
    }

    @Test
    void fileChangedBetweenPlanAndWriteIsNotTouched() throws Exception {
        project.generate(sample(""));
        Plan plan = project.plan(sample(" v2"));
        project.write(GEN, "typed while shiva was planning\n");

        IOException e = assertThrows(IOException.class, () -> new FileSystemSink(root).write(plan));

        assertTrue(e.getMessage().startsWith(GEN), e.getMessage());
        assertEquals("typed while shiva was planning\n", project.read(GEN));
    }

    @Test
    void anUpdatedFileKeepsItsPermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        project.generate(generated("src/generated/run.sh", "echo 1\n"));
        Set<PosixFilePermission> executable = PosixFilePermissions.fromString("rwxr-x---");
        Files.setPosixFilePermissions(root.resolve("src/generated/run.sh"), executable);

        project.generate(generated("src/generated/run.sh", "echo 2\n"));

        assertEquals("echo 2\n", project.read("src/generated/run.sh"));
        assertEquals(executable, Files.getPosixFilePermissions(root.resolve("src/generated/run.sh")));
    }

    @Test
    void twoHundredFileProjectRegeneratedWithNothingChangedTouchesNoFile() throws Exception {
        List<GeneratedFile> files = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String name = "File" + i;
            files.add(
                    switch (i % 4) {
                        case 0 ->
                            user("src/main/java/app/w" + i % 10 + "/" + name + ".java", "class " + name + " {}\n");
                        case 1 -> shared("conf/" + name + ".yml", "name: " + name + "\n");
                        default ->
                            generated("src/generated/java/app/p" + i % 7 + "/" + name + ".java", "// " + name + "\n");
                    });
        }
        GeneratedFile[] all = files.toArray(GeneratedFile[]::new);
        project.generate(all);
        List<Path> everything = allFiles();
        assertEquals(200 + 1 + 50, everything.size(), "files, manifest and the shared files' bases");
        for (Path file : everything) {
            Files.setLastModifiedTime(file, TestProject.LONG_AGO);
        }

        Plan plan = project.generate(all);

        assertEquals(150, plan.outcome().count(ActionKind.UNCHANGED));
        assertEquals(50, plan.outcome().count(ActionKind.KEPT));
        for (Path file : allFiles()) {
            assertEquals(TestProject.LONG_AGO, Files.getLastModifiedTime(file), file + " was touched");
        }
        assertEquals(everything, allFiles());
    }

    private List<Path> allFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
