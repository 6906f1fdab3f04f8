package org.epistola.synth;

/** The part of a typed letter that a line belongs to. */
public enum LetterPart {
  LETTERHEAD,
  AUTHOR,
  SENDER_ADDRESS,
  DATELINE,
  TITLE,
  ADDRESS,
  SUBJECT,
  SALUTE,
  PARAGRAPH,
  CLOSE,
  SIGNATURE_FOR,
  SIGNATURE,
  SIGNATURE_TITLE,
  ADDRESSEE,
  POSTSCRIPT,
  NOTE,
  PAGE_NUMBER,
  RUNNING_HEAD
}
