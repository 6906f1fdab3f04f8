package org.epistola.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Word;

/**
 * Reads a dateline again when OCR of the whole page lost its day ({@link UnreadDays}): the line is
 * cut out of the page with a margin, scaled up {@value #SCALE} times and read as a single line.
 * At that size a worn typewriter's faint or jumping digits are read as digits ("14th" where the
 * page gave "44th", "4th" where it gave "ath"). The new reading replaces the line only when it
 * holds a whole date with the same year; otherwise the page's reading stays.
 */
final class DatelineRereader {

  static final int SCALE = 2;

  private DatelineRereader() {}

  /** The page's lines, with datelines whose day was lost read again from {@code page}. */
  static List<Line> mend(List<Line> lines, BufferedImage page, int dpi, LineReader reader)
      throws OcrException {
    List<Line> mended = new ArrayList<>(lines.size());
    for (Line line : lines) {
      mended.add(UnreadDays.lacksDay(line.text()) ? reread(line, page, dpi, reader) : line);
    }
    return mended;
  }

  private static Line reread(Line line, BufferedImage page, int dpi, LineReader reader)
      throws OcrException {
    BBox box = line.box();
    Optional<PageCut> cut = PageCut.of(page, box, box.height(), Math.max(4, box.height() / 4));
    if (cut.isEmpty()) {
      return line;
    }
    int x0 = cut.get().x();
    int y0 = cut.get().y();
    List<Word> words = new ArrayList<>();
    for (Line read : reader.read(scaledUp(cut.get().image()), dpi * SCALE)) {
      for (Word word : read.words()) {
        BBox at = word.box();
        words.add(new Word(word.text(), new BBox(x0 + at.x() / SCALE, y0 + at.y() / SCALE,
            Math.max(1, at.width() / SCALE), Math.max(1, at.height() / SCALE)), word.confidence()));
      }
    }
    if (words.isEmpty()) {
      return line;
    }
    Line again = Line.of(words);
    boolean better = UnreadDays.hasWholeDate(again.text())
        && UnreadDays.year(again.text()).equals(UnreadDays.year(line.text()));
    return better ? again : line;
  }

  private static BufferedImage scaledUp(BufferedImage crop) {
    BufferedImage scaled = new BufferedImage(
        crop.getWidth() * SCALE, crop.getHeight() * SCALE, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = scaled.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(crop, 0, 0, scaled.getWidth(), scaled.getHeight(), null);
    } finally {
      g.dispose();
    }
    return scaled;
  }
}
