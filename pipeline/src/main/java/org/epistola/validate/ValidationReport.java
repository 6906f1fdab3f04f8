package org.epistola.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * All findings for one document.
 *
 * @param file        the validated document
 * @param diagnostics findings in the order they were found: RELAX NG first, then Schematron
 */
public record ValidationReport(Path file, List<Diagnostic> diagnostics) {

    public ValidationReport {
        Objects.requireNonNull(file, "file");
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when there is no error; warnings do not make a document invalid. */
    public boolean isValid() {
        return errorCount() == 0;
    }

    /** The findings of {@code severity}, in the order they were found. */
    public List<Diagnostic> withSeverity(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).toList();
    }

    public long errorCount() {
        return count(Severity.ERROR);
    }

    public long warningCount() {
        return count(Severity.WARNING);
    }

    private long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
