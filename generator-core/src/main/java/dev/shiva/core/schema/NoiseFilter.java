package dev.shiva.core.schema;

import dev.shiva.core.load.ScalarNode;
import dev.shiva.core.load.SourceNode;
import dev.shiva.core.load.SourcePointer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reduces the validator's raw output to the errors a user meant to get. A value checked against
 * {@code anyOf} fails every branch; only the branch the user evidently aimed at is kept (a
 * placeholder-looking string aims at the placeholder branch, anything else at the typed one). A
 * property whose own value failed is also reported by {@code unevaluatedProperties} as if it were
 * unknown; that echo is dropped.
 */
final class NoiseFilter {

    static final List<Object> PLACEHOLDER_POINTER = List.of("$defs", "placeholder");

    private NoiseFilter() {}

    static List<SchemaError> filter(List<SchemaError> raw, SourceNode root) {
        List<SchemaError> collapsed = collapseAnyOf(raw, root);
        return dropUnevaluatedEchoes(collapsed);
    }

    private static List<SchemaError> collapseAnyOf(List<SchemaError> raw, SourceNode root) {
        Map<String, TreeMap<Integer, List<SchemaError>>> groups = new LinkedHashMap<>();
        List<SchemaError> result = new ArrayList<>();
        for (SchemaError error : raw) {
            SchemaError.AnyOfBranch branch = error.anyOfBranch();
            if (branch == null) {
                result.add(error);
            } else {
                groups.computeIfAbsent(branch.group(), g -> new TreeMap<>())
                        .computeIfAbsent(branch.branch(), b -> new ArrayList<>())
                        .add(error);
            }
        }
        for (TreeMap<Integer, List<SchemaError>> branches : groups.values()) {
            result.addAll(meantBranch(branches, root));
        }
        return result;
    }

    private static List<SchemaError> meantBranch(TreeMap<Integer, List<SchemaError>> branches, SourceNode root) {
        List<SchemaError> best = null;
        int bestScore = Integer.MAX_VALUE;
        for (List<SchemaError> errors : branches.values()) {
            int score = score(errors, root);
            if (score < bestScore) {
                best = errors;
                bestScore = score;
            }
        }
        if (isPlaceholderBranch(best)) {
            return List.of(); // the placeholder rule reports malformed placeholders with a better message
        }
        boolean placeholderAccepted = branches.values().stream().anyMatch(NoiseFilter::isPlaceholderBranch);
        return best.stream()
                .map(e -> placeholderAccepted ? e.withPlaceholderAccepted() : e)
                .collect(Collectors.toList());
    }

    private static int score(List<SchemaError> errors, SourceNode root) {
        int score = errors.stream().anyMatch(e -> e.keyword().equals("type")) ? 2 : 0;
        boolean looksLikePlaceholder = SourcePointer.find(root, errors.get(0).instance())
                .filter(node -> node instanceof ScalarNode scalar
                        && scalar.isString()
                        && scalar.text().startsWith("${"))
                .isPresent();
        // What the user aimed at outweighs how far the value is from it.
        return score + (isPlaceholderBranch(errors) == looksLikePlaceholder ? 0 : 4);
    }

    private static boolean isPlaceholderBranch(List<SchemaError> errors) {
        return errors.stream().allMatch(e -> e.schemaObjectPointer().equals(PLACEHOLDER_POINTER));
    }

    private static List<SchemaError> dropUnevaluatedEchoes(List<SchemaError> errors) {
        Set<List<Object>> failedInstances =
                errors.stream().map(SchemaError::instance).collect(Collectors.toSet());
        return errors.stream()
                .filter(e -> !e.keyword().equals("unevaluatedProperties")
                        || failedInstances.stream().noneMatch(i -> startsWith(i, e.propertyInstance())))
                .collect(Collectors.toList());
    }

    private static boolean startsWith(List<Object> path, List<Object> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }
}
