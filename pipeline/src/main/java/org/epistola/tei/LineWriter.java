package org.epistola.tei;

import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.epistola.model.ConfidenceThreshold;
import org.epistola.model.Word;
import org.epistola.structure.Cues;
import org.epistola.structure.DateParser;
import org.epistola.structure.LetterLine;
import org.epistola.structure.LetterPart;
import org.epistola.structure.LineEnd;

/**
 * Writes typed lines as mixed content: {@code lb} with the line's zone, the text (its doubtful
 * words marked, see {@link MarkedText}), and at a word split by a line-end hyphen
 * {@code <pc force="weak">-</pc>} and {@code lb break="no"}. That hyphen stays outside any
 * {@code unclear}: it is the line end's, written before the next line begins.
 */
final class LineWriter {

  /** Called before a line is written, with its page, to put page breaks where they belong. */
  @FunctionalInterface
  interface PageTracker {
    void startPage(int page) throws XMLStreamException;
  }

  private final XmlOut out;
  private final PageTracker pages;
  private final MarkedText marked;

  LineWriter(XmlOut out, PageTracker pages, ConfidenceThreshold threshold) {
    this.out = out;
    this.pages = pages;
    this.marked = new MarkedText(out, threshold);
  }

  void write(List<LetterLine> lines) throws XMLStreamException {
    for (int i = 0; i < lines.size(); i++) {
      LetterLine previous = i > 0 ? lines.get(i - 1) : null;
      lineBreak(previous, lines.get(i));
      text(lines.get(i));
    }
  }

  /** A dateline: the place and the date marked up on the line that holds the date. */
  void dateline(LetterPart part) throws XMLStreamException {
    out.open("dateline");
    LetterLine previous = null;
    for (LetterLine line : part.lines()) {
      lineBreak(previous, line);
      Optional<DateParser.FoundDate> found = DateParser.find(line.text());
      if (found.isEmpty()) {
        text(line);
      } else {
        int end = textEnd(line);
        int dateStart = Math.min(found.get().start(), end);
        int dateEnd = Math.min(found.get().end(), end);
        String before = line.text().substring(0, dateStart);
        int placeEnd = before.replaceAll("[\\s,.;:]+$", "").length();
        if (before.substring(0, placeEnd).codePoints().anyMatch(Character::isLetter)) {
          out.openInline("placeName");
          marked.write(line, 0, placeEnd);
          out.closeInline();
        } else {
          marked.write(line, 0, placeEnd);
        }
        marked.write(line, placeEnd, dateStart);
        out.openInline("date");
        if (found.get().when().isPresent()) {
          out.attr("when", found.get().when().get());
        }
        marked.write(line, dateStart, dateEnd);
        out.closeInline();
        marked.write(line, dateEnd, end);
      }
      previous = line;
    }
    out.closeInline();
  }

  /**
   * A signature block: the name as persName, title lines after it; a line such as "For the
   * Secretary of State:" above the name stays plain text.
   */
  void signed(LetterPart part) throws XMLStreamException {
    out.open("signed");
    List<LetterLine> lines = part.lines();
    int nameLine = lines.size() > 1 && Cues.isSigningFor(lines.get(0).text()) ? 1 : 0;
    for (int i = 0; i < nameLine; i++) {
      lineBreak(i > 0 ? lines.get(i - 1) : null, lines.get(i));
      text(lines.get(i));
    }
    lineBreak(nameLine > 0 ? lines.get(nameLine - 1) : null, lines.get(nameLine));
    LetterLine name = lines.get(nameLine);
    String text = name.text();
    String mark = text.replaceFirst("^(\\((?:[Ss]gd|[Ss]igned)\\.?\\)\\s*).*$", "$1");
    int nameStart = mark.equals(text) ? 0 : mark.length();
    marked.write(name, 0, nameStart);
    out.openInline("persName");
    marked.write(name, nameStart, textEnd(name));
    out.closeInline();
    for (int i = nameLine + 1; i < lines.size(); i++) {
      lineBreak(lines.get(i - 1), lines.get(i));
      text(lines.get(i));
    }
    out.closeInline();
  }

  /** An address: one addrLine per typed line. */
  void address(LetterPart part) throws XMLStreamException {
    out.open("address");
    for (LetterLine line : part.lines()) {
      out.open("addrLine");
      lineBreak(null, line);
      text(line);
      out.closeInline();
    }
    out.close();
  }

  private void lineBreak(LetterLine previous, LetterLine line) throws XMLStreamException {
    boolean joined = previous != null && previous.end() != LineEnd.SPACE;
    if (previous != null && previous.end() == LineEnd.SPLIT_WORD) {
      // The hyphen as typed; one that OCR misread ("=") and a repair mended keeps the reading.
      List<Word> words = previous.line().words();
      Word last = words.get(words.size() - 1);
      out.openInline("pc").attr("force", "weak");
      RepairedPart.of(last, last.text().length() - 1, last.text().length()).write(out);
      out.closeInline();
    }
    if (previous != null && !joined) {
      out.text("\n");
    }
    pages.startPage(line.page());
    out.emptyInline("lb");
    if (joined) {
      out.attr("break", "no");
    }
    out.attr("facs", "#" + Ids.zone(line));
  }

  /** A line of forme work (a letterhead, running head or page number): its whole text. */
  void forme(LetterLine line) throws XMLStreamException {
    marked.write(line);
  }

  private void text(LetterLine line) throws XMLStreamException {
    marked.write(line, 0, textEnd(line));
  }

  /** Where the line's text ends: before the hyphen of a word split at the line end. */
  private static int textEnd(LetterLine line) {
    int length = line.text().length();
    return line.end() == LineEnd.SPLIT_WORD ? length - 1 : length;
  }
}
