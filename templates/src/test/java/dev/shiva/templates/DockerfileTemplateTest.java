package dev.shiva.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileTemplateTest {
    /** One Dockerfile instruction: its keyword and its arguments. */
    record Instruction(String keyword, String arguments) {}

    private final List<Instruction> instructions =
            parse(new TemplateRenderer().render(Templates.DOCKERFILE, Fixtures.dockerfile()));

    @Test
    void isOneStageOnTheJavaRuntimeImage() {
        assertEquals(List.of("eclipse-temurin:17-jre"), arguments("FROM"));
        assertEquals("FROM", instructions.get(0).keyword());
    }

    @Test
    void copiesTheJarAndStartsIt() {
        assertTrue(
                arguments("COPY").contains("target/orders-service-1.2.0.jar /app/service.jar"),
                instructions.toString());
        assertEquals(List.of("[\"java\", \"-jar\", \"/app/service.jar\"]"), arguments("ENTRYPOINT"));
        assertEquals("ENTRYPOINT", instructions.get(instructions.size() - 1).keyword());
    }

    @Test
    void exposesTheServicePort() {
        assertEquals(List.of("8085"), arguments("EXPOSE"));
    }

    @Test
    void runsAsAUserItCreatesNotAsRoot() {
        List<String> users = arguments("USER");
        assertEquals(1, users.size());
        String user = users.get(0);
        assertNotEquals("root", user);
        assertNotEquals("0", user);
        assertTrue(arguments("RUN").stream().anyMatch(run -> run.contains("useradd") && run.endsWith(" " + user)));
        assertTrue(indexOf("USER") < indexOf("ENTRYPOINT"));
    }

    @Test
    void bringsTheConfigAndPointsTheServiceAtIt() {
        assertTrue(arguments("COPY").contains("config.yml /app/config.yml"), instructions.toString());
        assertEquals(List.of("SHIVA_CONFIG=/app/config.yml"), arguments("ENV"));
    }

    private List<String> arguments(String keyword) {
        return instructions.stream()
                .filter(i -> i.keyword().equals(keyword))
                .map(Instruction::arguments)
                .toList();
    }

    private int indexOf(String keyword) {
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).keyword().equals(keyword)) {
                return i;
            }
        }
        return -1;
    }

    /** Instructions without comments and blank lines, continuation lines joined. */
    private static List<Instruction> parse(String dockerfile) {
        List<Instruction> parsed = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : dockerfile.lines().toList()) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            if (stripped.endsWith("\\")) {
                pending.append(stripped, 0, stripped.length() - 1).append(' ');
                continue;
            }
            String whole = pending.append(stripped).toString();
            pending.setLength(0);
            int space = whole.indexOf(' ');
            parsed.add(new Instruction(
                    whole.substring(0, space), whole.substring(space + 1).strip()));
        }
        return parsed;
    }
}
