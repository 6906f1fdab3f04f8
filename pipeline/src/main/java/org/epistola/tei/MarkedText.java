package org.epistola.tei;

import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.epistola.model.ConfidenceThreshold;
import org.epistola.model.Word;
import org.epistola.structure.LetterLine;

/**
 * Writes stretches of a typed line's text with its doubtful and repaired words marked. Every part
 * of a word below the confidence threshold that falls inside the stretch is written as
 * {@code <unclear reason="low-ocr-confidence" cert="0.42">}, so a word that a placeName or date
 * boundary cuts in two is marked on both sides. A word is what Tesseract read, punctuation
 * included. The certainty is the confidence in whole percent, rounded down (a word marked below
 * 60 never shows 0.60), divided by 100.
 *
 * <p>A word that an automatic repair changed is written as {@code <choice><sic>leotures</sic><corr
 * resp="#epistola" type="word-repair">lectures</corr></choice>} (see {@link RepairedPart}); a
 * repaired word that is also doubtful has the {@code unclear} around the {@code choice}, as the
 * confidence is the OCR's for the word on the page.
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
      RepairedPart repair = RepairedPart.of(word, partStart - start, partEnd - start);
      boolean low = threshold.isLow(word);
      if (partStart < partEnd && (low || repair.changed())) {
        if (written < partStart) {
          out.text(text.substring(written, partStart));
        }
        if (low) {
          out.openInline("unclear").attr("reason", REASON).attr("cert", certainty(word));
        }
        repair.write(out);
        if (low) {
          out.closeInline();
        }
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
