package org.epistola.structure;

import java.util.regex.Pattern;

/** The textual cues of letter parts, as typed in English-language letters. */
public final class Cues {

  private Cues() {}

  /**
   * A salutation: its opening words and a final colon or comma; a line opening with "Dear" needs
   * neither, since a worn typewriter's colon is often read as a period or not at all ("Dear Dr.
   * Ellis.", "Dear Sirs").
   */
  static final Pattern SALUTATION =
      Pattern.compile(
          "^(?:(?:my\\s+)?dear(?:est)?|sirs?|madam|madame|gentlemen|ladies|mr\\.?|mrs\\.?|ms\\.?"
              + "|miss|dr\\.?|your\\s+(?:excellency|majesty|highness|grace|eminence)|excellency"
              + "|to\\s+whom|hello|monsieur|messrs\\.?)\\b.{0,70}[:,;]$"
              + "|^(?:my\\s+)?dear(?:est)?\\s+\\p{L}[^:,;]{0,40}\\p{L}\\.?$",
          Pattern.CASE_INSENSITIVE);

  static final Pattern COMPLIMENTARY_CLOSE =
      Pattern.compile(
          "^(?:(?:very\\s+)?(?:sincerely|truly|respectfully|faithfully|cordially|gratefully"
              + "|affectionately)(?:\\s+yours)?|yours(?:\\s+(?:very\\s+)?(?:sincerely|truly"
              + "|faithfully|respectfully|ever|affectionately|cordially))?|with\\s+(?:best|kind"
              + "|warm)(?:est)?\\s+(?:regards|wishes)|(?:best|kind|warm)(?:est)?\\s+regards"
              + "|regards|respectfully\\s+submitted|.{0,60}obedient\\s+servant)\\b.{0,30}[,.]?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * "P.S.", "P.P.S.", "PS", "Postscript"; a worn key's period may be read as a comma or a dash
   * ("P.S,"), the first one, standing high, as an "i" ("Pis."), and the S as a 5 ("P.5.").
   */
  static final Pattern POSTSCRIPT =
      Pattern.compile("^(?:P\\.\\s?P\\.\\s?S\\.|P[.,i]\\s?[S5][.,:;-]|PS\\b|Postscript\\b)", Pattern.CASE_INSENSITIVE);

  /**
   * A page number alone: "- 2 -", "Page 2", "2.", "-2-" (OCR may double a dash: "—- 2 —-", read a
   * dash as "~", or add a stray mark after the number, glued or apart, or after the dash: "- 2°-",
   * "- 2 °-", "- 2 -."), or with one of its dashes lost to a faint key: "- 2", "2 -".
   */
  static final Pattern BARE_PAGE_NUMBER =
      Pattern.compile(
          "^(?:[-–—~(]{1,3}\\s*\\d{1,3}\\s?[.,°'’]?\\s*[-–—~)]{1,3}[.,°'’]?|(?:page|p\\.)\\s*\\d{1,3}|\\d{1,3}\\.?"
              + "|[-–—~]{1,3}\\s?\\d{1,3}[.,]?|\\d{1,3}\\s?[-–—~]{1,3})$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A running head with a page number: "Mr. Whitfield - 2 - March 12, 1952", "Mr. Bell, page 2"
   * (a worn copy may glue a mark or the dash to the word before or after the number, or leave a
   * dash as an underscore: "Mr. Hughes’- 3 - 20th November", "- 2 --20th November", "Mr. Hughes _
   * 3.- 20th November").
   */
  static final Pattern RUNNING_HEAD =
      Pattern.compile(
          "[\\s’'.,][-–—~_]{1,3}\\s*\\d{1,3}\\s?[.,°'’]?\\s*[-–—~_]{1,3}(?:\\s|$|(?=\\d))|[\\s,]\\s*(?:page|p\\.)\\s*\\d{1,3}\\.?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A subject or reference line: "Subject: ...", "Re: ...", "Ref: ...", "In re ..."; a worn colon
   * with a speck above or below it may be read as "!" or ";" ("Re! Estate of ...").
   */
  static final Pattern SUBJECT =
      Pattern.compile(
          "^(?:subject|subj\\.|re|ref(?:erence)?|in\\s+re|our\\s+ref\\.?|your\\s+ref\\.?)\\s*[:.;!]\\s*\\S.*"
              + "|^in\\s+re\\s+\\S.*",
          Pattern.CASE_INSENSITIVE);

  /** An enclosure note: "Enclosure: ...", "2 Enclosures", "Encl.", "Enc." */
  static final Pattern ENCLOSURE =
      Pattern.compile(
          "^(?:\\d+\\s+)?(?:enclosures?|encls?\\.?|enc\\.)(?:\\s*[:.(-].*|\\s*\\d*\\s*)$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A copy note: "cc: ...", "c.c. ...", "Copy to: ...", "Copies to ..."; a worn key's second c may
   * be read as an e when the colon follows ("ce: Mr. Bell").
   */
  static final Pattern COPIES =
      Pattern.compile(
          "^(?:b?cc\\s*[:.]|b?ce\\s*:|b?cc\\s+\\S|c\\.\\s?c\\.|cop(?:y|ies)\\s+(?:to|sent\\s+to)\\b).*",
          Pattern.CASE_INSENSITIVE);

  /**
   * Typists' reference initials: "JBH:mk", "RS/jt"; a speck after them may be read as a mark or
   * two, glued or apart ("RTM/jb.", "RTM/jb ’"), as nothing is typed there.
   */
  static final Pattern REFERENCE_INITIALS =
      Pattern.compile("^\\p{Lu}{2,4}\\s?[:/]\\s?\\p{Ll}{2,3}(?:\\s?[^\\p{L}\\p{N}\\s]{1,2})?$");

  /**
   * A line that signs for someone else, typed above the signer's name: "For the Secretary of
   * State:" (a worn key may add a mark after "For": "For. the Secretary of State:").
   */
  static final Pattern SIGNING_FOR =
      Pattern.compile("^for[.,]?\\s+(?:the\\s+)?\\p{L}.{2,70}:$", Pattern.CASE_INSENSITIVE);

  /** Stray marks after a line's final colon or comma, glued or apart (a doubled comma too). */
  static final Pattern TRAILING_MARKS = Pattern.compile("([:,;])\\s*[-–—.,'‘’`°_~»«|*\"”“]+$");

  /**
   * Stray marks that dirt on the page puts before a line's first word, one group or more ("‘Dear",
   * "*~. Dear Mabel,", "° - Yours"): anything but letters, digits and brackets ("(Sgd.)" is typed).
   */
  static final Pattern LEADING_MARKS = Pattern.compile("^(?:[^\\p{L}\\p{N}\\s()\\[\\]]+\\s*)+");

  /** A salutation opening with a bare title: "Mr. President:", "Sir,", "Messrs. Bell and Hart:". */
  static final Pattern TITLE_FIRST =
      Pattern.compile("^(?:sirs?|madam|madame|mr|mrs|ms|miss|dr|messrs)\\b", Pattern.CASE_INSENSITIVE);

  private static final int SALUTATION_MOST_WORDS = 8;
  private static final int TITLE_SALUTATION_MOST_WORDS = 5;

  /**
   * A salutation is short: a line of a paragraph that happens to open with "Mrs." and end with a
   * comma ("Mrs. Fraenkel had been employed by Voigt u. Heffner,") is not one.
   */
  static boolean isSalutation(String text) {
    String line = core(text);
    int words = line.split("\\s+").length;
    int most = TITLE_FIRST.matcher(line).lookingAt() ? TITLE_SALUTATION_MOST_WORDS : SALUTATION_MOST_WORDS;
    return words <= most && SALUTATION.matcher(line).matches();
  }

  static boolean isComplimentaryClose(String text) {
    return COMPLIMENTARY_CLOSE.matcher(core(text)).matches();
  }

  /** The line without surrounding spaces and stray marks before its first word. */
  static String core(String text) {
    String line = LEADING_MARKS.matcher(text.strip()).replaceFirst("");
    return TRAILING_MARKS.matcher(line).replaceFirst("$1");
  }

  static boolean isPostscript(String text) {
    return POSTSCRIPT.matcher(core(text)).find();
  }

  /** A page number alone or a running head carrying one. */
  static boolean isPageNumber(String text) {
    return isBarePageNumber(text) || RUNNING_HEAD.matcher(text.strip()).find();
  }

  /** A page number with nothing else: "- 2 -", "Page 2", "2.". */
  public static boolean isBarePageNumber(String text) {
    return BARE_PAGE_NUMBER.matcher(text.strip()).matches();
  }

  /**
   * The line carries the number of its page between marks, as a running head does even when a
   * worn copy left its dashes misread ("Mr. Hughes ~ 2 -: 20th November", "Mr. Whitfield - 2
   * -.March 12"): a mark or two, the number, a mark or two, each apart from words.
   */
  static boolean carriesPageNumber(String text, int page) {
    String mark = "[^\\p{L}\\p{N}\\s]{1,3}";
    return Pattern.compile("(?:^|\\s)" + mark + "\\s?" + page + "\\s?" + mark + "(?![\\p{N}])")
        .matcher(text).find();
  }

  static boolean isSubject(String text) {
    return SUBJECT.matcher(core(text)).matches();
  }

  /** The kind of an end note ("enclosure", "copies", "reference"), when the line starts one. */
  public static java.util.Optional<String> noteType(String text) {
    String line = core(text);
    if (ENCLOSURE.matcher(line).matches()) {
      return java.util.Optional.of("enclosure");
    }
    if (COPIES.matcher(line).matches()) {
      return java.util.Optional.of("copies");
    }
    if (REFERENCE_INITIALS.matcher(line).matches()) {
      return java.util.Optional.of("reference");
    }
    return java.util.Optional.empty();
  }

  /** "For the Secretary of State:", typed above the name of whoever signs for the writer. */
  public static boolean isSigningFor(String text) {
    return SIGNING_FOR.matcher(core(text)).matches();
  }
}
