package org.epistola.structure;

/** How a typed line joins the next one in the reading text. */
public enum LineEnd {
  /** A word boundary: the reading text puts a space. */
  SPACE,
  /** A word split by a line-end hyphen: the hyphen is dropped and the word joined. */
  SPLIT_WORD,
  /** A hyphenated compound broken at its hyphen: the hyphen stays and the word is joined. */
  COMPOUND_HYPHEN
}
