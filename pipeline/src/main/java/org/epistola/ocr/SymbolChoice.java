package org.epistola.ocr;

/**
 * One reading the recogniser considered for a character of a word, with its confidence (0-100).
 */
public record SymbolChoice(String text, double confidence) {

  public SymbolChoice {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("a symbol choice needs text");
    }
  }
}
