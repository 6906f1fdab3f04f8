package org.epistola.model;

/** The shape of a document's input. */
public enum SourceKind {
  IMAGE_FOLDER("folder of page images"),
  IMAGE("image"),
  TIFF("TIFF"),
  PDF("PDF");

  private final String label;

  SourceKind(String label) {
    this.label = label;
  }

  /** A short description for people, as used in the TEI source description. */
  public String label() {
    return label;
  }
}
