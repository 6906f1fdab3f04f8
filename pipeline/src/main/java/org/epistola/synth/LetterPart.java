package org.epistola.synth;

/** The part of a typed letter that a line belongs to. */
public enum LetterPart {
  AUTHOR,
  SENDER_ADDRESS,
  DATELINE,
  TITLE,
  ADDRESS,
  SALUTE,
  PARAGRAPH,
  CLOSE,
  SIGNATURE,
  SIGNATURE_TITLE,
  ADDRESSEE,
  POSTSCRIPT,
  PAGE_NUMBER
}
