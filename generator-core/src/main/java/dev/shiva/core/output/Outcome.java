package dev.shiva.core.output;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the CLI reports after {@code generate}: how many paths got each action, the problems (each a
 * one-line message naming the path) and whether the run must exit non-zero.
 */
public record Outcome(Map<ActionKind, Integer> counts, List<Problem> problems) {

    public Outcome {
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
        problems = List.copyOf(problems);
    }

    public static Outcome of(Plan plan) {
        Map<ActionKind, Integer> counts = new EnumMap<>(ActionKind.class);
        for (ActionKind kind : ActionKind.values()) {
            counts.put(kind, 0);
        }
        plan.actions().forEach(action -> counts.merge(action.kind(), 1, Integer::sum));
        List<Problem> problems = plan.actions().stream()
                .filter(action -> action.kind().isProblem())
                .map(Problem::of)
                .toList();
        return new Outcome(counts, problems);
    }

    public int count(ActionKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** Conflicts or refusals: the tree is not what config.yml says and the user must act. */
    public boolean mustFail() {
        return problems.stream().anyMatch(Problem::fails);
    }
}
