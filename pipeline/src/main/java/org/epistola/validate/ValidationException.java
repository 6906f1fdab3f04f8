package org.epistola.validate;

/** A schema (RELAX NG or Schematron) could not be loaded or compiled. */
public final class ValidationException extends Exception {
    private static final long serialVersionUID = 1L;

    public ValidationException(String message) {
        super(message);
    }

    public ValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
