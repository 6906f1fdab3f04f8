package org.epistola.tei;

import javax.xml.stream.XMLStreamException;
import org.epistola.model.Word;

/**
 * A stretch of one word's text as written, with the matching stretch of what the OCR read when an
 * automatic repair changed the word. A stretch that the repair changed is written as
 * {@code <choice><sic>OCR reading</sic><corr resp="#epistola" type="word-repair">repaired
 * text</corr></choice>}; the reading text is the {@code corr}. A stretch is a part of the word when
 * a name or date boundary or a line-end hyphen cuts it: a repair swaps letters one for one, so the
 * same offsets cut the OCR reading; should the lengths differ, the parts the two share at either
 * end are aligned and any changed letters go with the first stretch.
 */
record RepairedPart(String text, String ocrReading) {

  static final String RESP = "#" + HeaderWriter.PIPELINE_ID;
  static final String TYPE = "word-repair";

  /** The characters {@code from} (inclusive) to {@code to} (exclusive) of the word's text. */
  static RepairedPart of(Word word, int from, int to) {
    String text = word.text();
    from = Math.max(0, Math.min(from, text.length()));
    to = Math.max(from, Math.min(to, text.length()));
    String read = word.ocrReading().orElse(text);
    return new RepairedPart(text.substring(from, to),
        read.substring(readOffset(read, text, from), readOffset(read, text, to)));
  }

  /** Whether this stretch differs from what the OCR read. */
  boolean changed() {
    return !text.equals(ocrReading);
  }

  void write(XmlOut out) throws XMLStreamException {
    if (!changed()) {
      out.text(text);
      return;
    }
    out.openInline("choice");
    out.openInline("sic").text(ocrReading).closeInline();
    out.openInline("corr").attr("resp", RESP).attr("type", TYPE).text(text).closeInline();
    out.closeInline();
  }

  /** The offset in the OCR reading that matches {@code offset} in the written text. */
  private static int readOffset(String read, String text, int offset) {
    if (read.length() == text.length()) {
      return offset;
    }
    int shorter = Math.min(read.length(), text.length());
    int prefix = 0;
    while (prefix < shorter && read.charAt(prefix) == text.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < shorter - prefix
        && read.charAt(read.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
      suffix++;
    }
    if (offset <= prefix) {
      return offset;
    }
    if (offset >= text.length() - suffix) {
      return offset - text.length() + read.length();
    }
    return read.length() - suffix;
  }
}
