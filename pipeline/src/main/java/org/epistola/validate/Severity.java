package org.epistola.validate;

/** How serious a validation finding is. */
public enum Severity {
    /** The document is invalid or the edition is wrong. */
    ERROR,
    /** The document is valid but unusual; worth a look. */
    WARNING;

    /** The lower-case label used in formatted diagnostics ("error", "warning"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
