package org.epistola.ocr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Word;

/**
 * Reads Tesseract's TSV result: one row per page, block, paragraph, line and word, with the
 * columns level, page_num, block_num, par_num, line_num, word_num, left, top, width, height, conf,
 * text. Words are grouped into their lines, in Tesseract's reading order.
 */
final class TsvParser {

  private static final int WORD_LEVEL = 5;

  private TsvParser() {}

  static List<Line> parse(String tsv) {
    Map<String, List<Word>> lines = new LinkedHashMap<>();
    for (String row : tsv.split("\n")) {
      String[] cells = row.split("\t", -1);
      if (cells.length < 12 || !cells[0].equals(String.valueOf(WORD_LEVEL))) {
        continue;
      }
      String text = cells[11].strip();
      if (text.isEmpty()) {
        continue;
      }
      String lineKey = cells[1] + "/" + cells[2] + "/" + cells[3] + "/" + cells[4];
      BBox box =
          new BBox(
              Math.max(0, Integer.parseInt(cells[6])),
              Math.max(0, Integer.parseInt(cells[7])),
              Math.max(0, Integer.parseInt(cells[8])),
              Math.max(0, Integer.parseInt(cells[9])));
      double confidence = Double.parseDouble(cells[10]);
      Optional<Double> conf = confidence < 0 ? Optional.empty() : Optional.of(confidence);
      lines.computeIfAbsent(lineKey, key -> new ArrayList<>()).add(new Word(text, box, conf));
    }
    return lines.values().stream().map(Line::of).toList();
  }
}
