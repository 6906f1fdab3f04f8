package org.epistola.validate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.epistola.validate.Diagnostic;
import org.epistola.validate.RunSummary;
import org.epistola.validate.Severity;
import org.epistola.validate.ValidationReport;

/**
 * A JSON document for programs: the summary counts, then per document its counts and its
 * errors and warnings (each up to a limit; {@code omittedErrors}/{@code omittedWarnings} say
 * how many were left out).
 */
public final class JsonReport {

    private final int maxPerFile;

    public JsonReport(int maxPerFile) {
        if (maxPerFile < 1) {
            throw new IllegalArgumentException("maxPerFile must be at least 1: " + maxPerFile);
        }
        this.maxPerFile = maxPerFile;
    }

    public void write(List<ValidationReport> reports, Writer out) throws IOException {
        RunSummary summary = RunSummary.of(reports);
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("files", summary.files());
            json.writeNumberField("valid", summary.valid());
            json.writeNumberField("invalid", summary.invalid());
            json.writeNumberField("errors", summary.errors());
            json.writeNumberField("warnings", summary.warnings());
            json.writeArrayFieldStart("documents");
            for (ValidationReport report : reports) {
                json.writeStartObject();
                json.writeStringField("path", report.file().toString());
                json.writeBooleanField("valid", report.isValid());
                json.writeNumberField("errorCount", report.errorCount());
                json.writeNumberField("warningCount", report.warningCount());
                writeDiagnostics(json, report, Severity.ERROR, "errors", "omittedErrors");
                writeDiagnostics(json, report, Severity.WARNING, "warnings", "omittedWarnings");
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    private void writeDiagnostics(JsonGenerator json, ValidationReport report, Severity severity,
                                  String field, String omittedField) throws IOException {
        List<Diagnostic> found = report.withSeverity(severity);
        json.writeArrayFieldStart(field);
        for (Diagnostic d : found.stream().limit(maxPerFile).toList()) {
            json.writeStartObject();
            json.writeNumberField("line", d.line());
            json.writeNumberField("column", d.column());
            if (d.ruleId().isPresent()) {
                json.writeStringField("rule", d.ruleId().get());
            }
            json.writeStringField("message", d.message());
            if (d.location().isPresent()) {
                json.writeStringField("location", d.location().get());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField(omittedField, Math.max(0, found.size() - maxPerFile));
    }
}
