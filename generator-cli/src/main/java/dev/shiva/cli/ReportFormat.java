package dev.shiva.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shiva.core.diag.Diagnostic;
import dev.shiva.core.validate.ValidationReport;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** How {@code validate} prints its report: lines for people, or one JSON document for tools. */
enum ReportFormat {
    text {
        @Override
        ReportPrinter printer() {
            return ReportFormat::printText;
        }
    },
    json {
        @Override
        ReportPrinter printer() {
            return ReportFormat::printJson;
        }
    };

    abstract ReportPrinter printer();

    /** Writes one report. */
    interface ReportPrinter {
        void print(ValidationReport report, PrintWriter out);
    }

    private static void printText(ValidationReport report, PrintWriter out) {
        report.diagnostics().forEach(d -> out.println(d.format()));
        out.println(summary(report));
    }

    /** {@code config.yml: valid (1 warning)} or {@code config.yml: invalid: 2 errors, 1 warning}. */
    static String summary(ValidationReport report) {
        String warnings = plural(report.warningCount(), "warning");
        if (report.valid()) {
            return report.file() + ": valid" + (report.warningCount() == 0 ? "" : " (" + warnings + ")");
        }
        return report.file() + ": invalid: " + plural(report.errorCount(), "error")
                + (report.warningCount() == 0 ? "" : ", " + warnings);
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static void printJson(ValidationReport report, PrintWriter out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("file", report.file());
        root.put("valid", report.valid());
        root.put("errors", report.errorCount());
        root.put("warnings", report.warningCount());
        ArrayNode diagnostics = root.putArray("diagnostics");
        report.diagnostics().forEach(d -> diagnostics.add(toJson(mapper, d)));
        try {
            out.println(mapper.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode toJson(ObjectMapper mapper, Diagnostic d) {
        ObjectNode node = mapper.createObjectNode();
        node.put("severity", d.severity().label());
        node.put("code", d.code().id());
        node.put("file", d.location().file());
        node.put("line", d.location().line());
        node.put("column", d.location().column());
        node.put("path", d.path());
        node.put("message", d.message());
        node.put("hint", d.hint());
        return node;
    }
}
