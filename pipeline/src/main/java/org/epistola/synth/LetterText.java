package org.epistola.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of one letter to be typed, as written in a letter file.
 *
 * <p>A letter file has header lines {@code key: value} up to the first blank line, then body
 * paragraphs separated by blank lines. Multi-line values ({@code sender-address}, {@code address},
 * {@code signature-title}) separate their lines with {@code " | "}.
 */
public record LetterText(
    Optional<String> author,
    List<String> senderAddress,
    Optional<String> date,
    DateAlign dateAlign,
    Optional<String> title,
    List<String> address,
    String salutation,
    ParagraphStyle paragraphStyle,
    List<String> paragraphs,
    Optional<String> close,
    String signature,
    List<String> signatureTitle,
    Optional<String> addressee,
    Optional<String> postscript,
    Extras extras) {

  /**
   * Layout features beyond the basic letter.
   *
   * @param letterhead printed letterhead lines at the top of the first page
   * @param subject a subject or reference line ("Subject: ...", "Re: ...") above the salutation
   * @param signatureFor a line such as "For the Secretary of State:" typed above the signature
   * @param notes enclosure and copy notes ("Enclosure: ...", "cc: ...") typed at the left below
   *     the signature block, one note per entry
   * @param runningHead the head of continuation pages, typed at the left margin, with {@code
   *     {page}} standing for the page number; without it pages are numbered "- N -", centred
   * @param font the typewriter face: freemono (the default), liberation, dejavu, notosans, noto
   * @param when the date in ISO 8601, for the gold TEI's {@code date/@when}; never typed
   * @param closeAlign where the close and signature block start: at the centre tab (modified
   *     block, the default) or at the left margin (full block)
   * @param wear how worn the typewriter and the copy look, 0 (clean, the default) to 3: letters
   *     jump off the baseline, strike unevenly, and specks of dirt appear on the page
   * @param letterheadAlign how the letterhead lines stand: centred (the default), flush with the
   *     left margin or flush with the right edge of the text
   * @param datePosition where the dateline is typed: at the head of the letter (the default) or
   *     at its foot, below the signature block and above any addressee
   */
  public record Extras(
      List<String> letterhead,
      Optional<String> subject,
      Optional<String> signatureFor,
      List<String> notes,
      Optional<String> runningHead,
      Optional<String> font,
      Optional<String> when,
      DateAlign closeAlign,
      int wear,
      LetterheadAlign letterheadAlign,
      DatePosition datePosition) {

    public static final Extras NONE =
        new Extras(List.of(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), DateAlign.TAB, 0, LetterheadAlign.CENTRE,
            DatePosition.HEAD);

    public Extras {
      letterhead = requireLines(letterhead, "letterhead");
      requireText(subject, "subject");
      requireText(signatureFor, "signature-for");
      notes = requireLines(notes, "notes");
      requireText(runningHead, "running-head");
      requireText(font, "font");
      requireText(when, "when");
      Objects.requireNonNull(closeAlign, "closeAlign");
      if (wear < 0 || wear > 3) {
        throw new IllegalArgumentException("wear runs from 0 to 3: " + wear);
      }
      Objects.requireNonNull(letterheadAlign, "letterheadAlign");
      Objects.requireNonNull(datePosition, "datePosition");
    }
  }

  /** A letter without the extra layout features. */
  public LetterText(
      Optional<String> author, List<String> senderAddress, Optional<String> date,
      DateAlign dateAlign, Optional<String> title, List<String> address, String salutation,
      ParagraphStyle paragraphStyle, List<String> paragraphs, Optional<String> close,
      String signature, List<String> signatureTitle, Optional<String> addressee,
      Optional<String> postscript) {
    this(author, senderAddress, date, dateAlign, title, address, salutation, paragraphStyle,
        paragraphs, close, signature, signatureTitle, addressee, postscript, Extras.NONE);
  }

  /** The complimentary close's lines ("I have the honor to be, | Sir, | ..."); none without a close. */
  public List<String> closeLines() {
    return close.map(c -> List.of(c.split("\\s*\\|\\s*"))).orElse(List.of());
  }

  /** Where the dateline (or the close and signature) starts. */
  public enum DateAlign {
    /** At the centre tab (the middle of the page). */
    TAB,
    /** At the left margin. */
    LEFT
  }

  /** How the lines of a printed letterhead stand on the page. */
  public enum LetterheadAlign {
    /** Centred on the page. */
    CENTRE,
    /** Flush with the left margin. */
    LEFT,
    /** Flush with the right edge of the text. */
    RIGHT
  }

  /** Where the dateline is typed. */
  public enum DatePosition {
    /** Above the inside address, as most letters have it. */
    HEAD,
    /** Below the signature block, as British official letters often have it. */
    FOOT
  }

  /** How the first line of a body paragraph starts. */
  public enum ParagraphStyle {
    /** First line indented five characters. */
    INDENTED,
    /** No indent. */
    BLOCK,
    /** First line indented five characters, no blank line between paragraphs. */
    INDENTED_TIGHT
  }

  public LetterText {
    requireText(author, "author");
    senderAddress = requireLines(senderAddress, "sender-address");
    requireText(date, "date");
    Objects.requireNonNull(dateAlign, "dateAlign");
    requireText(title, "title");
    address = requireLines(address, "address");
    requireText(Optional.of(salutation), "salutation");
    Objects.requireNonNull(paragraphStyle, "paragraphStyle");
    paragraphs = requireLines(paragraphs, "paragraph");
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("a letter needs at least one paragraph");
    }
    requireText(close, "close");
    requireText(Optional.of(signature), "signature");
    signatureTitle = requireLines(signatureTitle, "signature-title");
    requireText(addressee, "addressee");
    requireText(postscript, "postscript");
    Objects.requireNonNull(extras, "extras");
  }

  /** Parses letter text; errors name the source as "letter text". */
  public static LetterText parse(String text) throws SynthException {
    return parse(text, "letter text");
  }

  /** Parses letter text; errors name {@code sourceName} and the line. */
  public static LetterText parse(String text, String sourceName) throws SynthException {
    return new LetterTextParser(sourceName).parse(text);
  }

  /** Reads and parses a UTF-8 letter file. */
  public static LetterText read(Path file) throws SynthException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SynthException(file + ": cannot read letter: " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  private static void requireText(Optional<String> value, String name) {
    Objects.requireNonNull(value, name);
    value.ifPresent(v -> requireLine(v, name));
  }

  private static List<String> requireLines(List<String> values, String name) {
    List<String> copy = List.copyOf(values);
    copy.forEach(v -> requireLine(v, name));
    return copy;
  }

  private static void requireLine(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(name + " must not contain line breaks: " + value);
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(name + " must not start or end with spaces: " + value);
    }
  }
}
