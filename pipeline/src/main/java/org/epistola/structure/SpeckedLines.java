package org.epistola.structure;

import java.util.ArrayList;
import java.util.List;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Word;

/**
 * Mends what specks of dirt do to whole lines, so that indents and blank lines measure true. A
 * "line" of one word of at most {@value #SPECK_CHARS} characters whose middle lies within another
 * line's height is a speck that OCR read apart (a typed line never shares its row with such a
 * scrap): it would stand between two lines and halve the gap of a blank line. A line's first word
 * that opens with a mark and is wider than its characters by more than {@value #SLACK_CHARS}
 * character widths had a speck glued to its front ("\"Several" for an indented "Several"): its box
 * starts where its characters do, so the indent shows (unless OCR ran the box over the next word,
 * when its right edge tells nothing).
 */
final class SpeckedLines {

  private static final int SPECK_CHARS = 2;
  private static final double SLACK_CHARS = 2;

  private SpeckedLines() {}

  static List<Line> mend(List<Line> lines, double charWidth) {
    List<Line> mended = new ArrayList<>();
    for (Line line : lines) {
      if (!isScrapInsideAnother(line, lines)) {
        mended.add(withoutGluedSpeck(line, charWidth));
      }
    }
    return mended;
  }

  private static boolean isScrapInsideAnother(Line line, List<Line> lines) {
    if (line.words().size() != 1 || line.text().strip().length() > SPECK_CHARS) {
      return false;
    }
    double middle = line.box().y() + line.box().height() / 2.0;
    return lines.stream().anyMatch(other -> other != line && other.words().size() > 1
        && other.box().y() < middle && middle < other.box().bottom());
  }

  private static Line withoutGluedSpeck(Line line, double charWidth) {
    Word first = line.words().get(0);
    String text = first.text();
    int typed = (int) Math.round(text.codePointCount(0, text.length()) * charWidth);
    boolean boxRunsOn = line.words().size() > 1 && first.box().right() > line.words().get(1).box().x();
    if (text.isEmpty() || Character.isLetterOrDigit(text.codePointAt(0)) || boxRunsOn
        || first.box().width() <= typed + SLACK_CHARS * charWidth) {
      return line;
    }
    BBox box = first.box();
    List<Word> words = new ArrayList<>(line.words());
    words.set(0, first.reshaped(text, new BBox(box.right() - typed, box.y(), typed, box.height())));
    BBox lineBox = line.box();
    int left = words.get(0).box().x();
    return new Line(words, new BBox(left, lineBox.y(), lineBox.right() - left, lineBox.height()));
  }
}
