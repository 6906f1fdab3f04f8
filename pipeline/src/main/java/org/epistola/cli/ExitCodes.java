package org.epistola.cli;

/** The exit statuses of every command, as documented in the README. */
final class ExitCodes {

  /** Everything done, every output valid. */
  static final int OK = 0;
  /** Some documents failed or produced invalid TEI; the others are done. */
  static final int SOME_FAILED = 1;
  /** Bad arguments or options. */
  static final int USAGE = 2;
  /** A system dependency is missing (Tesseract, its language data, fonts). */
  static final int MISSING_DEPENDENCY = 3;
  /** The output folder cannot be written. */
  static final int OUTPUT_NOT_WRITABLE = 4;

  private ExitCodes() {}
}
