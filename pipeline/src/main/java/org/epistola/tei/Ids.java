package org.epistola.tei;

import org.epistola.structure.LetterLine;

/** The xml:id scheme linking text to facsimile: surface {@code f2}, its line zones {@code f2-l7}. */
final class Ids {

  private Ids() {}

  static String surface(int page) {
    return "f" + page;
  }

  static String zone(LetterLine line) {
    return surface(line.page()) + "-l" + line.index();
  }

  /** A valid xml:id for a document id: an NCName, prefixed when it would start badly. */
  static String document(String id) {
    String cleaned = id.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    return cleaned.matches("^[\\p{L}_].*") ? cleaned : "d-" + cleaned;
  }
}
