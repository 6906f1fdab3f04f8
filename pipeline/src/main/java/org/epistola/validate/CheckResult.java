package org.epistola.validate;

import java.util.List;

/**
 * The findings of one grammar on one document, plus whether the document could be parsed.
 *
 * @param diagnostics the findings, in document order
 * @param wellFormed  false when parsing stopped; Schematron is then not run
 */
public record CheckResult(List<Diagnostic> diagnostics, boolean wellFormed) {

    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
