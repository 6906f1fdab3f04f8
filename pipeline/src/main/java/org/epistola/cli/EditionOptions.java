package org.epistola.cli;

import java.time.Instant;
import java.util.Optional;
import org.epistola.batch.BatchSettings;
import picocli.CommandLine.Option;

/** How the editions are made: the options of {@code run} that change the HTML and PDF only. */
public final class EditionOptions {

  /** The environment variable of reproducible builds that fixes the PDFs' date. */
  public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

  @Option(names = "--print-facsimiles",
      description = "Print each letter's page images after it in the PDFs, one page per scan page.")
  public boolean printFacsimiles;

  @Option(names = "--volume-letters", paramLabel = "N",
      description = "The most letters in one print volume; a larger run gets several "
          + "(print/edition-1.pdf, ...), so that its memory does not grow with the run "
          + "(default: ${DEFAULT-VALUE}).")
  public int volumeLetters = BatchSettings.DEFAULT_LETTERS_PER_VOLUME;

  /**
   * The PDFs' creation date from {@code SOURCE_DATE_EPOCH} (seconds since 1970, UTC), if set.
   *
   * @throws IllegalArgumentException if it is set to anything but a number of seconds
   */
  public static Optional<Instant> sourceDate(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      long seconds = Long.parseLong(value.trim());
      if (seconds < 0) {
        throw new NumberFormatException();
      }
      return Optional.of(Instant.ofEpochSecond(seconds));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          SOURCE_DATE_EPOCH + " must be a number of seconds since 1970-01-01 UTC: '" + value + "'");
    }
  }
}
