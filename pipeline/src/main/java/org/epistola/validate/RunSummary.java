package org.epistola.validate;

import java.util.List;

/**
 * The totals of a validation run.
 *
 * @param files    documents validated
 * @param valid    documents without errors
 * @param invalid  documents with at least one error
 * @param errors   errors over all documents
 * @param warnings warnings over all documents
 */
public record RunSummary(int files, int valid, int invalid, long errors, long warnings) {

    /** Adds up {@code reports}. */
    public static RunSummary of(List<ValidationReport> reports) {
        int invalid = (int) reports.stream().filter(r -> !r.isValid()).count();
        return new RunSummary(reports.size(), reports.size() - invalid, invalid,
                reports.stream().mapToLong(ValidationReport::errorCount).sum(),
                reports.stream().mapToLong(ValidationReport::warningCount).sum());
    }

    /** One line: {@code 3 files: 2 valid, 1 invalid; 4 errors, 0 warnings}. */
    public String format() {
        return String.format("%d files: %d valid, %d invalid; %d errors, %d warnings",
                files, valid, invalid, errors, warnings);
    }
}
