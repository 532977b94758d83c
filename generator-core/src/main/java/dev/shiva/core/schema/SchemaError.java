package dev.shiva.core.schema;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;

/**
 * One raw violation from the validator, reduced to what translation needs: where in the instance,
 * which keyword, through which schema path it was reached, and where that keyword is in the schema.
 */
record SchemaError(
        List<Object> instance,
        String keyword,
        String property,
        String evaluationPath,
        List<Object> schemaPointer,
        boolean placeholderAccepted) {

    static SchemaError of(Error error) {
        return new SchemaError(
                segments(error.getInstanceLocation()),
                error.getKeyword(),
                error.getProperty(),
                String.valueOf(error.getEvaluationPath()),
                segments(error.getSchemaLocation().getFragment()),
                false);
    }

    /** The same error, noting that a ${VAR} placeholder would also have been accepted here. */
    SchemaError withPlaceholderAccepted() {
        return new SchemaError(instance, keyword, property, evaluationPath, schemaPointer, true);
    }

    private static List<Object> segments(NodePath path) {
        List<Object> segments = new ArrayList<>();
        for (int i = 0; path != null && i < path.getNameCount(); i++) {
            segments.add(path.getElement(i));
        }
        return List.copyOf(segments);
    }

    /** The schema object that holds the failing keyword. */
    List<Object> schemaObjectPointer() {
        return schemaPointer.subList(0, Math.max(0, schemaPointer.size() - 1));
    }

    /** The instance path of the property an object-level keyword is about. */
    List<Object> propertyInstance() {
        List<Object> path = new ArrayList<>(instance);
        path.add(property);
        return List.copyOf(path);
    }

    /** The last anyOf on the evaluation path, as "prefix" plus the branch index, or null. */
    AnyOfBranch anyOfBranch() {
        int at = evaluationPath.lastIndexOf("/anyOf/");
        if (at < 0) {
            return null;
        }
        String rest = evaluationPath.substring(at + "/anyOf/".length());
        int slash = rest.indexOf('/');
        int branch = Integer.parseInt(slash < 0 ? rest : rest.substring(0, slash));
        return new AnyOfBranch(instance + "|" + evaluationPath.substring(0, at), branch);
    }

    record AnyOfBranch(String group, int branch) {}
}
