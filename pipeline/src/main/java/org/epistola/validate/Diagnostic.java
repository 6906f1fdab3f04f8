package org.epistola.validate;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding of a validation run.
 *
 * @param file     the validated document
 * @param line     1-based line of the finding, 0 when unknown
 * @param column   1-based column of the finding, 0 when unknown
 * @param severity error or warning
 * @param ruleId   the Schematron rule id, empty for RELAX NG and parser findings
 * @param message  human-readable description
 * @param location XPath of the offending node (Schematron findings only)
 */
public record Diagnostic(Path file, int line, int column, Severity severity,
                         Optional<String> ruleId, String message, Optional<String> location) {

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /** A finding without rule id or location, e.g. from the XML parser or RELAX NG. */
    public static Diagnostic of(Path file, int line, int column, Severity severity, String message) {
        return new Diagnostic(file, Math.max(line, 0), Math.max(column, 0), severity,
                Optional.empty(), message, Optional.empty());
    }

    /**
     * Formats the finding like a compiler message:
     * {@code path:line:col: error: message}, or for Schematron findings
     * {@code path:line:col: error: [rule-id] message (at XPATH)}.
     */
    public String format() {
        StringBuilder out = new StringBuilder()
                .append(file).append(':').append(line).append(':').append(column).append(": ")
                .append(severity.label()).append(": ");
        ruleId.ifPresent(id -> out.append('[').append(id).append("] "));
        out.append(message);
        location.ifPresent(xpath -> out.append(" (at ").append(xpath).append(')'));
        return out.toString();
    }
}
