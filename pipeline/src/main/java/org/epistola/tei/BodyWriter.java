package org.epistola.tei;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.epistola.model.ConfidenceThreshold;
import org.epistola.structure.Cues;
import org.epistola.structure.Letter;
import org.epistola.structure.LetterLine;
import org.epistola.structure.LetterPart;
import org.epistola.structure.PartKind;

/**
 * Writes the letter itself as {@code div type="letter"}: a printed letterhead as {@code fw
 * type="letterhead"} (one per line), a title as {@code head}, then the opener (a subject line as
 * {@code argument}), the body paragraphs, the closer (a dateline typed at the foot, enclosure and
 * copy notes as {@code note}) and
 * any postscripts. Every typed line starts with an {@code lb}
 * pointing at its zone; a {@code pb} (and the page's running head as {@code fw}) stands where each
 * page begins, inside a paragraph when the paragraph runs over the page break.
 */
final class BodyWriter {

  private static final Set<PartKind> OPENER =
      EnumSet.of(PartKind.BYLINE, PartKind.SENDER_ADDRESS, PartKind.DATELINE,
          PartKind.INSIDE_ADDRESS, PartKind.SUBJECT, PartKind.SALUTE);
  private static final Set<PartKind> CLOSER =
      EnumSet.of(PartKind.CLOSE, PartKind.SIGNED, PartKind.CLOSER_DATELINE, PartKind.CLOSER_ADDRESS,
          PartKind.NOTE);

  private final XmlOut out;
  private final Letter letter;
  private final List<Integer> pageNumbers;
  private final LineWriter lines;
  private int pagesStarted;

  /** {@code pageNumbers}: the document's pages in order (a page that could not be read is absent). */
  BodyWriter(XmlOut out, Letter letter, List<Integer> pageNumbers, ConfidenceThreshold threshold) {
    this.out = out;
    this.letter = letter;
    this.pageNumbers = List.copyOf(pageNumbers);
    this.lines = new LineWriter(out, this::startPage, threshold);
  }

  void write() throws XMLStreamException {
    out.open("text");
    out.open("body");
    out.open("div").attr("type", "letter");
    startPage(pageNumbers.get(0));
    for (LetterPart letterhead : letter.partsOf(PartKind.LETTERHEAD)) {
      for (LetterLine line : letterhead.lines()) {
        startPage(line.page());
        out.open("fw").attr("type", "letterhead").attr("facs", "#" + Ids.zone(line));
        lines.forme(line);
        out.closeInline();
      }
    }
    for (LetterPart head : letter.partsOf(PartKind.HEAD)) {
      block("head", head);
    }
    group("opener", OPENER);
    for (LetterPart paragraph : letter.partsOf(PartKind.PARAGRAPH)) {
      block("p", paragraph);
    }
    group("closer", CLOSER);
    for (LetterPart postscript : letter.partsOf(PartKind.POSTSCRIPT)) {
      startPage(postscript.lines().get(0).page());
      out.open("postscript");
      block("p", postscript);
      out.close();
    }
    startPage(Integer.MAX_VALUE);
    out.close();
    out.close();
    out.close();
  }

  /** The parts of one kind group, in reading order, inside one element. */
  private void group(String element, Set<PartKind> kinds) throws XMLStreamException {
    List<LetterPart> parts = letter.parts().stream().filter(p -> kinds.contains(p.kind())).toList();
    if (parts.isEmpty()) {
      return;
    }
    startPage(parts.get(0).lines().get(0).page());
    out.open(element);
    for (LetterPart part : parts) {
      switch (part.kind()) {
        case DATELINE, CLOSER_DATELINE -> lines.dateline(part);
        case SALUTE, CLOSE -> block("salute", part);
        case SIGNED -> lines.signed(part);
        case SENDER_ADDRESS, INSIDE_ADDRESS, CLOSER_ADDRESS -> lines.address(part);
        case SUBJECT -> {
          out.open("argument");
          block("p", part);
          out.close();
        }
        case NOTE -> {
          startPage(part.lines().get(0).page());
          out.open("note").attr("type", Cues.noteType(part.lines().get(0).text()).orElse("enclosure"));
          lines.write(part.lines());
          out.closeInline();
        }
        default -> block("byline", part);
      }
    }
    out.close();
  }

  private void block(String element, LetterPart part) throws XMLStreamException {
    startPage(part.lines().get(0).page());
    out.open(element);
    lines.write(part.lines());
    out.closeInline();
  }

  /** Writes page breaks (and running heads) of the pages up to and including {@code page}. */
  private void startPage(int page) throws XMLStreamException {
    while (pagesStarted < pageNumbers.size() && pageNumbers.get(pagesStarted) <= page) {
      int number = pageNumbers.get(pagesStarted++);
      out.emptyInline("pb").attr("n", number).attr("facs", "#" + Ids.surface(number));
      for (LetterLine furniture : letter.furniture()) {
        if (furniture.page() == number) {
          String type = Cues.isBarePageNumber(furniture.text()) ? "pageNum" : "header";
          out.openInline("fw").attr("type", type).attr("facs", "#" + Ids.zone(furniture));
          lines.forme(furniture);
          out.closeInline();
        }
      }
    }
  }
}
