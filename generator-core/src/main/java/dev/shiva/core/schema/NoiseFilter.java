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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reduces the validator's raw output to the errors a user meant to get. A value checked against
 * {@code anyOf} fails every branch; only the branch the user evidently aimed at is kept (a
 * placeholder-looking string aims at the placeholder branch, anything else at the typed one). When
 * anything inside an {@code if}/{@code then} branch fails, {@code unevaluatedProperties} reports
 * every key of that branch as if it were unknown; those echoes of declared keys are dropped.
 */
final class NoiseFilter {

    private static final Pattern WELL_FORMED_PLACEHOLDER = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(:[^}]*)?}");

    private NoiseFilter() {}

    static List<SchemaError> filter(
            List<SchemaError> raw, SourceNode root, DeclaredKeys declared, Set<String> discriminators) {
        List<SchemaError> collapsed = collapseAnyOf(raw, root);
        return dropUnknownKeysOfUnknownKinds(dropUnevaluatedEchoes(collapsed, declared), discriminators);
    }

    /**
     * With {@code dispatcher: rabbitmq}, the keys of an rmq dispatcher look unknown; the one error
     * that matters is the type. Unknown-key errors of an object whose discriminator failed are dropped.
     */
    private static List<SchemaError> dropUnknownKeysOfUnknownKinds(
            List<SchemaError> errors, Set<String> discriminators) {
        Set<List<Object>> unknownKinds = errors.stream()
                .filter(e -> e.keyword().equals("enum") && !e.instance().isEmpty())
                .filter(e -> discriminators.contains(
                        String.valueOf(e.instance().get(e.instance().size() - 1))))
                .map(e -> e.instance().subList(0, e.instance().size() - 1))
                .collect(Collectors.toSet());
        return errors.stream()
                .filter(e -> !isUnknownKey(e) || !unknownKinds.contains(e.instance()))
                .collect(Collectors.toList());
    }

    private static boolean isUnknownKey(SchemaError error) {
        return error.keyword().equals("unevaluatedProperties")
                || error.keyword().equals("additionalProperties");
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
        if (isPlaceholderBranch(best) && !isWellFormedPlaceholder(best, root)) {
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

    /** The generic placeholder definition or a typed one ({@code placeholderInteger}, ...). */
    private static boolean isPlaceholderBranch(List<SchemaError> errors) {
        return errors.stream().allMatch(e -> {
            List<Object> pointer = e.schemaObjectPointer();
            return pointer.size() == 2
                    && pointer.get(0).equals("$defs")
                    && String.valueOf(pointer.get(1)).startsWith("placeholder");
        });
    }

    /** A well-formed placeholder that fails a typed placeholder: its default has the wrong type. */
    private static boolean isWellFormedPlaceholder(List<SchemaError> errors, SourceNode root) {
        return SourcePointer.find(root, errors.get(0).instance())
                .filter(node -> node instanceof ScalarNode scalar
                        && WELL_FORMED_PLACEHOLDER.matcher(scalar.text()).matches())
                .isPresent();
    }

    private static List<SchemaError> dropUnevaluatedEchoes(List<SchemaError> errors, DeclaredKeys declared) {
        return errors.stream()
                .filter(e -> !e.keyword().equals("unevaluatedProperties")
                        || !declared.of(e).contains(e.property()))
                .collect(Collectors.toList());
    }
}
