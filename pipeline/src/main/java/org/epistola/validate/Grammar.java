package org.epistola.validate;

import java.nio.file.Path;

/** A compiled structural schema (RELAX NG or XSD). Implementations are thread-safe. */
public interface Grammar {

    /**
     * Validates {@code file}. Never throws for a bad document: a document that cannot be parsed
     * yields one error diagnostic and {@code wellFormed == false}.
     */
    CheckResult check(Path file);
}
