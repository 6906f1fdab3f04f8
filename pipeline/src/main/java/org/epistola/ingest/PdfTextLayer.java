package org.epistola.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Word;

/**
 * Reads the words of one PDF page's text layer with their positions, converted to the pixels of
 * the page rendered at a given resolution.
 */
final class PdfTextLayer extends PDFTextStripper {

  private final double scale;
  private final List<Line> lines = new ArrayList<>();
  private final List<Word> currentLine = new ArrayList<>();

  private PdfTextLayer(int dpi) {
    this.scale = dpi / 72.0;
    setSortByPosition(true);
  }

  /** The lines of page {@code number} (1-based), in reading order. */
  static List<Line> read(PDDocument pdf, int number, int dpi) throws IOException {
    PdfTextLayer layer = new PdfTextLayer(dpi);
    layer.setStartPage(number);
    layer.setEndPage(number);
    layer.writeText(pdf, new StringWriter());
    layer.endLine();
    return List.copyOf(layer.lines);
  }

  /**
   * Called with a run of text and its glyph positions; the run may hold several words, so words
   * are cut at whitespace glyphs and each gets the box of its own glyphs.
   */
  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    List<TextPosition> word = new ArrayList<>();
    for (TextPosition position : positions) {
      if (position.getUnicode().isBlank()) {
        addWord(word);
        word.clear();
      } else {
        word.add(position);
      }
    }
    addWord(word);
  }

  private void addWord(List<TextPosition> glyphs) {
    StringBuilder text = new StringBuilder();
    glyphs.forEach(glyph -> text.append(glyph.getUnicode()));
    String word = text.toString().strip();
    if (!word.isEmpty()) {
      currentLine.add(new Word(word, boxOf(glyphs), Optional.empty()));
    }
  }

  @Override
  protected void writeLineSeparator() {
    endLine();
  }

  private void endLine() {
    if (!currentLine.isEmpty()) {
      lines.add(Line.of(List.copyOf(currentLine)));
      currentLine.clear();
    }
  }

  private BBox boxOf(List<TextPosition> positions) {
    double left = Double.MAX_VALUE;
    double right = 0;
    double top = Double.MAX_VALUE;
    double bottom = 0;
    for (TextPosition p : positions) {
      left = Math.min(left, p.getXDirAdj());
      right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
      top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
      bottom = Math.max(bottom, p.getYDirAdj() + p.getHeightDir() * 0.25);
    }
    int x = (int) Math.max(0, Math.floor(left * scale));
    int y = (int) Math.max(0, Math.floor(top * scale));
    return new BBox(x, y, (int) Math.ceil(right * scale) - x, (int) Math.ceil(bottom * scale) - y);
  }
}
