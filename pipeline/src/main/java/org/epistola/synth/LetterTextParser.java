package org.epistola.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the letter file format described on {@link LetterText}. */
final class LetterTextParser {

  private static final Set<String> KEYS =
      Set.of(
          "author",
          "sender-address",
          "date",
          "date-align",
          "title",
          "address",
          "salutation",
          "paragraph-style",
          "close",
          "signature",
          "signature-title",
          "addressee",
          "postscript",
          "letterhead",
          "subject",
          "signature-for",
          "notes",
          "running-head",
          "font",
          "when",
          "close-align",
          "wear",
          "letterhead-align",
          "date-position");

  private final String source;

  LetterTextParser(String source) {
    this.source = source;
  }

  LetterText parse(String text) throws SynthException {
    String clean = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = clean.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    Map<String, HeaderValue> header = new LinkedHashMap<>();
    int i = 0;
    for (; i < lines.length && !lines[i].isBlank(); i++) {
      readHeaderLine(lines[i], i + 1, header);
    }
    List<String> paragraphs = readParagraphs(lines, i);
    String salutation = required(header, "salutation");
    String signature = required(header, "signature");
    if (paragraphs.isEmpty()) {
      throw new SynthException(source + ": the letter has no body paragraphs");
    }
    return new LetterText(
        optional(header, "author"),
        split(header, "sender-address"),
        optional(header, "date"),
        choice(header, "date-align", LetterText.DateAlign.class, LetterText.DateAlign.TAB),
        optional(header, "title"),
        split(header, "address"),
        salutation,
        choice(
            header,
            "paragraph-style",
            LetterText.ParagraphStyle.class,
            LetterText.ParagraphStyle.INDENTED),
        paragraphs,
        optional(header, "close"),
        signature,
        split(header, "signature-title"),
        optional(header, "addressee"),
        optional(header, "postscript"),
        new LetterText.Extras(
            split(header, "letterhead"),
            optional(header, "subject"),
            optional(header, "signature-for"),
            split(header, "notes"),
            optional(header, "running-head"),
            optional(header, "font"),
            optional(header, "when"),
            choice(header, "close-align", LetterText.DateAlign.class, LetterText.DateAlign.TAB),
            wear(header),
            choice(header, "letterhead-align", LetterText.LetterheadAlign.class,
                LetterText.LetterheadAlign.CENTRE),
            choice(header, "date-position", LetterText.DatePosition.class,
                LetterText.DatePosition.HEAD)));
  }

  private void readHeaderLine(String line, int number, Map<String, HeaderValue> header)
      throws SynthException {
    int colon = line.indexOf(':');
    if (colon <= 0) {
      throw new SynthException(
          source + ":" + number + ": expected a header line 'key: value', found '" + line + "'");
    }
    String key = line.substring(0, colon).strip();
    String value = line.substring(colon + 1).strip();
    if (!KEYS.contains(key)) {
      throw new SynthException(source + ":" + number + ": unknown key '" + key + "'");
    }
    if (value.isEmpty()) {
      throw new SynthException(source + ":" + number + ": empty value for key '" + key + "'");
    }
    if (header.putIfAbsent(key, new HeaderValue(value, number)) != null) {
      throw new SynthException(source + ":" + number + ": duplicate key '" + key + "'");
    }
  }

  private static List<String> readParagraphs(String[] lines, int start) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = start; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        if (current.length() > 0) {
          paragraphs.add(current.toString());
          current.setLength(0);
        }
      } else {
        if (current.length() > 0) {
          current.append(' ');
        }
        current.append(line.replaceAll("\\s+", " "));
      }
    }
    if (current.length() > 0) {
      paragraphs.add(current.toString());
    }
    return paragraphs;
  }

  private String required(Map<String, HeaderValue> header, String key) throws SynthException {
    return optional(header, key)
        .orElseThrow(() -> new SynthException(source + ": missing key '" + key + "'"));
  }

  private static Optional<String> optional(Map<String, HeaderValue> header, String key) {
    return Optional.ofNullable(header.get(key)).map(HeaderValue::value);
  }

  private List<String> split(Map<String, HeaderValue> header, String key) throws SynthException {
    HeaderValue raw = header.get(key);
    if (raw == null) {
      return List.of();
    }
    List<String> parts = Arrays.stream(raw.value().split("\\|")).map(String::strip).toList();
    if (parts.stream().anyMatch(String::isEmpty)) {
      throw new SynthException(source + ":" + raw.line() + ": empty line in '" + key + "'");
    }
    return parts;
  }

  private <E extends Enum<E>> E choice(
      Map<String, HeaderValue> header, String key, Class<E> type, E fallback) throws SynthException {
    HeaderValue raw = header.get(key);
    if (raw == null) {
      return fallback;
    }
    String value = raw.value();
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      List<String> allowed =
          Arrays.stream(type.getEnumConstants())
              .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
              .toList();
      throw new SynthException(
          source + ":" + raw.line() + ": bad value '" + value + "' for key '" + key
              + "', expected one of " + allowed, e);
    }
  }

  private int wear(Map<String, HeaderValue> header) throws SynthException {
    HeaderValue raw = header.get("wear");
    if (raw == null) {
      return 0;
    }
    if (!raw.value().matches("[0-3]")) {
      throw new SynthException(source + ":" + raw.line() + ": bad value '" + raw.value()
          + "' for key 'wear', expected 0, 1, 2 or 3");
    }
    return Integer.parseInt(raw.value());
  }

  /** A header value and the line it was read from. */
  private record HeaderValue(String value, int line) {}
}
