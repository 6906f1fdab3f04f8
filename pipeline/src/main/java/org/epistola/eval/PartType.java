package org.epistola.eval;

/** The letter parts that evaluation scores, with the TEI path (inside the letter div) of each. */
public enum PartType {
  DATELINE("dateline", "tei:opener/tei:dateline | tei:closer/tei:dateline"),
  ADDRESS("address", "tei:opener/tei:address | tei:closer/tei:address"),
  SUBJECT("subject", "tei:opener/tei:argument"),
  SALUTE("salute", "tei:opener/tei:salute"),
  PARAGRAPH("paragraph", "tei:p"),
  CLOSE("closer salute", "tei:closer/tei:salute"),
  SIGNED("signed", "tei:closer/tei:signed"),
  POSTSCRIPT("postscript", "tei:postscript");

  private final String label;
  private final String path;

  PartType(String label, String path) {
    this.label = label;
    this.path = path;
  }

  public String label() {
    return label;
  }

  String path() {
    return path;
  }
}
