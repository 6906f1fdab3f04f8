package org.epistola.tei;

import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.epistola.model.ConfidenceThreshold;
import org.epistola.model.Word;
import org.epistola.structure.LetterLine;

/**
 * Writes stretches of a typed line's text with its doubtful words marked: every part of a word
 * below the confidence threshold that falls inside the stretch is written as
 * {@code <unclear reason="low-ocr-confidence" cert="0.42">}, so a word that a placeName or date
 * boundary cuts in two is marked on both sides. A word is what Tesseract read, punctuation
 * included. The certainty is the confidence in whole percent, rounded down (a word marked below
 * 60 never shows 0.60), divided by 100.
 */
final class MarkedText {

  static final String REASON = "low-ocr-confidence";

  private final XmlOut out;
  private final ConfidenceThreshold threshold;

  MarkedText(XmlOut out, ConfidenceThreshold threshold) {
    this.out = out;
    this.threshold = threshold;
  }

  /** Writes the characters {@code from} (inclusive) to {@code to} (exclusive) of the line's text. */
  void write(LetterLine line, int from, int to) throws XMLStreamException {
    String text = line.text();
    int written = from;
    int start = 0;
    for (Word word : line.line().words()) {
      int end = start + word.text().length();
      int partStart = Math.max(start, from);
      int partEnd = Math.min(end, to);
      if (partStart < partEnd && threshold.isLow(word)) {
        if (written < partStart) {
          out.text(text.substring(written, partStart));
        }
        out.openInline("unclear").attr("reason", REASON).attr("cert", certainty(word))
            .text(text.substring(partStart, partEnd)).closeInline();
        written = partEnd;
      }
      start = end + 1;
    }
    if (written < to) {
      out.text(text.substring(written, to));
    }
  }

  /** Writes the whole line. */
  void write(LetterLine line) throws XMLStreamException {
    write(line, 0, line.text().length());
  }

  private static String certainty(Word word) {
    double percent = Math.floor(word.confidence().orElseThrow());
    return String.format(Locale.ROOT, "%.2f", percent / 100);
  }
}
