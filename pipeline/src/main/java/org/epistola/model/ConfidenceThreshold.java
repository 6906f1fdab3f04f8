package org.epistola.model;

/**
 * The OCR confidence (0-100) below which a recognised word is doubtful: the TEI marks such words
 * as unclear and the report counts them. A threshold of 0 marks nothing; words from a PDF text
 * layer, which have no confidence, are never doubtful.
 */
public record ConfidenceThreshold(int percent) {

  public static final int DEFAULT_PERCENT = 60;
  public static final ConfidenceThreshold DEFAULT = new ConfidenceThreshold(DEFAULT_PERCENT);
  public static final ConfidenceThreshold OFF = new ConfidenceThreshold(0);

  public ConfidenceThreshold {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException(
          "--low-confidence must be between 0 and 100 (0 turns marking off): " + percent);
    }
  }

  public boolean isLow(Word word) {
    return word.confidence().isPresent() && isLow(word.confidence().get());
  }

  /** Whether a confidence (a word's, or a page's mean) is below the threshold. */
  public boolean isLow(double confidence) {
    return confidence < percent;
  }

  /** How many of the page's words are below the threshold. */
  public int countLow(Page page) {
    int low = 0;
    for (Line line : page.lines()) {
      for (Word word : line.words()) {
        low += isLow(word) ? 1 : 0;
      }
    }
    return low;
  }
}
