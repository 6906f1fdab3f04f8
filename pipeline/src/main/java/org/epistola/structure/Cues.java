package org.epistola.structure;

import java.util.regex.Pattern;

/** The textual cues of letter parts, as typed in English-language letters. */
final class Cues {

  private Cues() {}

  static final Pattern SALUTATION =
      Pattern.compile(
          "^(?:(?:my\\s+)?dear(?:est)?|sirs?|madam|madame|gentlemen|ladies|mr\\.?|mrs\\.?|ms\\.?"
              + "|miss|dr\\.?|your\\s+(?:excellency|majesty|highness|grace|eminence)|excellency"
              + "|to\\s+whom|hello|monsieur|messrs\\.?)\\b.{0,70}[:,;]$",
          Pattern.CASE_INSENSITIVE);

  static final Pattern COMPLIMENTARY_CLOSE =
      Pattern.compile(
          "^(?:(?:very\\s+)?(?:sincerely|truly|respectfully|faithfully|cordially|gratefully"
              + "|affectionately)(?:\\s+yours)?|yours(?:\\s+(?:very\\s+)?(?:sincerely|truly"
              + "|faithfully|respectfully|ever|affectionately|cordially))?|with\\s+(?:best|kind"
              + "|warm)(?:est)?\\s+(?:regards|wishes)|(?:best|kind|warm)(?:est)?\\s+regards"
              + "|regards|respectfully\\s+submitted|.{0,60}obedient\\s+servant)\\b.{0,30}[,.]?$",
          Pattern.CASE_INSENSITIVE);

  static final Pattern POSTSCRIPT =
      Pattern.compile("^(?:P\\.\\s?P\\.\\s?S\\.|P\\.\\s?S\\.|PS\\b|Postscript\\b)", Pattern.CASE_INSENSITIVE);

  /** A page number or a running head with a page number: "- 2 -", "Page 2", "2.", "-2-". */
  static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "^(?:[-–—(]\\s*\\d{1,3}\\s*[-–—)]|(?:page|p\\.)\\s*\\d{1,3}|\\d{1,3}\\.?)$"
              + "|\\s[-–—]\\s*\\d{1,3}\\s*[-–—](?:\\s|$)",
          Pattern.CASE_INSENSITIVE);

  static boolean isSalutation(String text) {
    return SALUTATION.matcher(text.strip()).matches();
  }

  static boolean isComplimentaryClose(String text) {
    return COMPLIMENTARY_CLOSE.matcher(text.strip()).matches();
  }

  static boolean isPostscript(String text) {
    return POSTSCRIPT.matcher(text.strip()).find();
  }

  static boolean isPageNumber(String text) {
    return PAGE_NUMBER.matcher(text.strip()).find();
  }
}
