package org.epistola.structure;

/** The parts of a letter the structure stage recognises, in the order they usually stand. */
public enum PartKind {
  /** Printed letterhead lines at the top of the first page ({@code fw type="letterhead"}). */
  LETTERHEAD,
  /** A single sender or author line above the dateline ({@code byline}). */
  BYLINE,
  /** The sender's address, typed at the top right ({@code address} in the opener). */
  SENDER_ADDRESS,
  /** Place and date ({@code dateline}). */
  DATELINE,
  /** A title line, centred above the letter ({@code head}). */
  HEAD,
  /** The recipient's address above the salutation ({@code address} in the opener). */
  INSIDE_ADDRESS,
  /** A subject or reference line ({@code argument} in the opener). */
  SUBJECT,
  /** The salutation ({@code salute} in the opener). */
  SALUTE,
  /** One body paragraph ({@code p}). */
  PARAGRAPH,
  /** The complimentary close ({@code salute} in the closer). */
  CLOSE,
  /** The signature block: the name, then any title lines ({@code signed}). */
  SIGNED,
  /**
   * Place and date typed at the foot of the letter, below the signature ({@code dateline} in the
   * closer).
   */
  CLOSER_DATELINE,
  /** The recipient's name and address typed at the foot of the letter ({@code address}). */
  CLOSER_ADDRESS,
  /** An enclosure or copy note, or typists' initials, below the signature ({@code note}). */
  NOTE,
  /** A postscript ({@code postscript}). */
  POSTSCRIPT
}
