package org.epistola.structure;

import java.util.ArrayList;
import java.util.List;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Word;

/**
 * Drops what OCR reads from dirt on the page: "words" without a letter or digit that stand apart
 * from the text of their line (more than three character widths from both neighbours), and lines
 * made only of such marks, and such "words" narrower than a third of a character and lower than
 * {@value #TALL_MARK} of the type's height (a typed period or comma belongs to its word; a dash is
 * as wide as a letter; a colon that a jumping key typed apart from its word is tall). Punctuation
 * typed next to words ("- 2 -") stays. Smudges that OCR read as letters go too: a "word" that
 * stands apart and is lower than {@value #FLAT} of the type's height while OCR is all but sure it
 * is wrong (confidence under {@value #SMUDGE_CONFIDENCE}: "oO" after "Dear Sir:"), or of at most
 * {@value #BLOT_CHARS} characters at any height with that doubt (a blot before an indented first
 * line read as "a" or "4", which would hide the indent), or lower than {@value #LOW} of it while
 * OCR doubts it (under {@value #UNSURE_CONFIDENCE}: "reasonable. oo", which would hide a short last
 * line), or lower than {@value #FLATTEST} of it whatever the confidence. Before a line's first
 * word, marks alone that OCR is all but sure are wrong go when they stand more than {@value
 * #INDENT_MARK_APART_CHARS} character widths from that word (a typist leaves one space after a
 * dash: "-- a date"): two specks in an indent read as "--" would hide it. Lines that specks
 * made or widened are mended by {@link SpeckedLines}. A line whose box a speck stretched (its top a
 * quarter of the type height above the median top of its words with letters or digits (not
 * counting scraps lower than {@value #FLATTEST} of the type's height), or its
 * bottom more than a descender below their median bottom) gets the box between those medians;
 * words that specks swelled to more than {@value #SWOLLEN} times the type's height do not count
 * when others are left. A mark alone at the start of a line, or at its end after punctuation, goes
 * too. The layout cues that follow (margins, line pitch, short last lines) are measured on the
 * cleaned lines.
 */
final class Specks {

  private static final double APART_CHARS = 3;
  private static final double INDENT_MARK_APART_CHARS = 2;
  private static final double RAISED = 0.25;
  private static final double LOWERED = 0.6;
  private static final double TINY_CHARS = 0.35;
  private static final double SMUDGE_CONFIDENCE = 20;
  private static final double FLAT = 0.7;
  private static final double TALL_MARK = 0.45;
  private static final double FLATTEST = 0.25;
  private static final double SWOLLEN = 1.5;
  private static final int BLOT_CHARS = 2;
  private static final double UNSURE_CONFIDENCE = 50;
  private static final double LOW = 0.5;
  private static final java.util.regex.Pattern EDGE_MARK =
      java.util.regex.Pattern.compile("[.,'‘’`°_|:;\"“”»«~]+");

  private Specks() {}

  static List<Line> clean(List<Line> lines) {
    double charWidth = charWidth(lines);
    double typeHeight = typeHeight(lines);
    List<Line> cleaned = new ArrayList<>();
    for (Line line : lines) {
      List<Word> kept = new ArrayList<>();
      List<Word> words = line.words();
      boolean hasText = words.stream().anyMatch(Specks::hasText);
      for (int i = 0; i < words.size(); i++) {
        Word word = words.get(i);
        boolean apart = gapBefore(words, i) > APART_CHARS * charWidth && gapAfter(words, i) > APART_CHARS * charWidth;
        boolean tiny = word.box().width() < TINY_CHARS * charWidth
            && word.box().height() < TALL_MARK * typeHeight;
        boolean inIndent = i == 0 && !hasText(word) && gapAfter(words, i) > INDENT_MARK_APART_CHARS * charWidth;
        boolean smudge = (apart && isSmudge(word, typeHeight)) || (inIndent && isDoubtful(word));
        if (!smudge && (hasText(word) || (hasText && !apart && !tiny))) {
          kept.add(word);
        }
      }
      dropMarksAtTheEnds(kept);
      if (kept.isEmpty()) {
        continue;
      }
      Line fromWords = Line.of(kept);
      BBox box = fromWords.box();
      List<Word> text = kept.stream().filter(Specks::hasText)
          .filter(w -> w.box().height() >= FLATTEST * typeHeight).toList();
      List<Word> unswollen = text.stream().filter(w -> w.box().height() <= SWOLLEN * typeHeight).toList();
      text = unswollen.isEmpty() ? text : unswollen;
      int top = text.isEmpty() ? 0 : median(text.stream().mapToInt(w -> w.box().y()).toArray());
      int bottom = text.isEmpty() ? 0 : median(text.stream().mapToInt(w -> w.box().bottom()).toArray());
      int height = bottom - top;
      boolean stretched = height > 0 && (line.box().y() < top - RAISED * height
          || line.box().bottom() > bottom + LOWERED * height);
      if (stretched) {
        cleaned.add(new Line(kept, new BBox(box.x(), top, box.width(), bottom - top)));
      } else {
        cleaned.add(kept.size() == words.size() ? line : fromWords);
      }
    }
    return SpeckedLines.mend(cleaned, charWidth);
  }

  /**
   * A mark standing alone before a line's first word, or after its last word when that already
   * ends in punctuation ("Zeller, ."), is never typed there. Dashes stay: they frame page numbers.
   */
  private static void dropMarksAtTheEnds(List<Word> kept) {
    while (kept.size() > 1 && EDGE_MARK.matcher(kept.get(0).text()).matches()) {
      kept.remove(0);
    }
    while (kept.size() > 1 && EDGE_MARK.matcher(kept.get(kept.size() - 1).text()).matches()
        && kept.get(kept.size() - 2).text().matches(".*[.,:;!?]$")) {
      kept.remove(kept.size() - 1);
    }
  }

  private static int median(int[] values) {
    int[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static boolean hasText(Word word) {
    return word.text().codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** OCR is all but sure the "word" is wrong. */
  private static boolean isDoubtful(Word word) {
    return word.confidence().map(c -> c < SMUDGE_CONFIDENCE).orElse(false);
  }

  private static boolean isSmudge(Word word, double typeHeight) {
    boolean doubtful = isDoubtful(word);
    boolean unsure = word.confidence().map(c -> c < UNSURE_CONFIDENCE).orElse(false);
    return (doubtful && (word.box().height() < FLAT * typeHeight || word.text().length() <= BLOT_CHARS))
        || (unsure && word.box().height() < LOW * typeHeight)
        || word.box().height() < FLATTEST * typeHeight;
  }

  private static double gapBefore(List<Word> words, int i) {
    return i == 0 ? Double.MAX_VALUE : words.get(i).box().x() - words.get(i - 1).box().right();
  }

  private static double gapAfter(List<Word> words, int i) {
    return i == words.size() - 1 ? Double.MAX_VALUE : words.get(i + 1).box().x() - words.get(i).box().right();
  }

  /** The median height of words of three characters or more: capitals and ascenders included. */
  private static double typeHeight(List<Line> lines) {
    int[] heights = lines.stream()
        .flatMap(line -> line.words().stream())
        .filter(word -> word.text().length() >= 3)
        .mapToInt(word -> word.box().height())
        .toArray();
    return heights.length == 0 ? 0 : median(heights);
  }

  private static double charWidth(List<Line> lines) {
    double[] widths = lines.stream()
        .flatMap(line -> line.words().stream())
        .filter(word -> word.text().length() >= 3)
        .mapToDouble(word -> word.box().width() / (double) word.text().length())
        .sorted()
        .toArray();
    return widths.length == 0 ? 1 : Math.max(1, widths[widths.length / 2]);
  }
}
