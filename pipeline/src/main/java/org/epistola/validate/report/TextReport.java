package org.epistola.validate.report;

import java.io.PrintWriter;
import java.util.List;
import org.epistola.validate.Diagnostic;
import org.epistola.validate.RunSummary;
import org.epistola.validate.Severity;
import org.epistola.validate.ValidationReport;

/**
 * Compiler-style output: {@code path:line:col: error: message}, per document its errors then
 * its warnings (each up to a limit, then one line saying how many more), and a summary line.
 */
public final class TextReport {

    private final int maxPerFile;

    /** Shows at most {@code maxPerFile} errors and as many warnings per document. */
    public TextReport(int maxPerFile) {
        if (maxPerFile < 1) {
            throw new IllegalArgumentException("maxPerFile must be at least 1: " + maxPerFile);
        }
        this.maxPerFile = maxPerFile;
    }

    public void write(List<ValidationReport> reports, PrintWriter out) {
        for (ValidationReport report : reports) {
            for (Severity severity : Severity.values()) {
                List<Diagnostic> found = report.withSeverity(severity);
                found.stream().limit(maxPerFile).map(Diagnostic::format).forEach(out::println);
                if (found.size() > maxPerFile) {
                    out.printf("%s: %d more %ss not shown%n", report.file(), found.size() - maxPerFile,
                            severity.label());
                }
            }
        }
        out.println(RunSummary.of(reports).format());
        out.flush();
    }
}
