package org.epistola.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.epistola.model.Line;
import org.epistola.model.Page;

/**
 * Recognises the parts of a letter from the layout of its recognised lines: positions, blank
 * lines, alignment, indentation, and the wording of salutations, closes and datelines.
 */
public final class LetterAnalyzer {

  private static final double MAX_OPENER_SHARE = 0.6;

  private final boolean repairsWords;

  /**
   * An analyzer that spells a misread complimentary close as its phrase ({@link ClosingPhrases#mend})
   * and a salutation found by its place as its formula ({@link SalutationPhrases#mend}), and gives a
   * signature's initials their misread full stops ({@link StrayMarks}).
   */
  public LetterAnalyzer() {
    this(true);
  }

  /**
   * An analyzer that mends misread closes, salutations and signature initials only when {@code repairsWords};
   * else those words stay as read.
   */
  public LetterAnalyzer(boolean repairsWords) {
    this.repairsWords = repairsWords;
  }

  public Letter analyze(List<Page> pages) {
    List<List<Line>> ordered = pages.stream().map(page -> RowPieces.join(RowStrays.regroup(Specks.clean(topToBottom(page))))).toList();
    PageGeometry geometry = PageGeometry.of(ordered);
    List<LetterLine> furniture = new ArrayList<>();
    List<LetterLine> flow = new ArrayList<>();
    for (int p = 0; p < ordered.size(); p++) {
      List<Line> lines = ordered.get(p);
      for (int i = 0; i < lines.size(); i++) {
        LetterLine line = new LetterLine(pages.get(p).number(), i + 1, lines.get(i), LineEnd.SPACE);
        (isFurniture(line, i, lines, geometry) ? furniture : flow).add(line);
      }
    }
    flow = Hyphenation.mark(flow);
    return assemble(flow, furniture, geometry);
  }

  private Letter assemble(List<LetterLine> flow, List<LetterLine> furniture, PageGeometry geometry) {
    int salute = saluteIndex(flow, geometry);
    int bodyStart = salute >= 0 ? subjectEnd(flow, salute + 1, geometry) : firstFullLineBlock(flow, geometry);
    Closing closing = Closing.find(flow, Math.max(bodyStart - 1, 0), geometry);
    List<LetterPart> parts = new ArrayList<>(Opening.parts(flow, bodyStart, salute, geometry));
    parts.addAll(Paragraphs.split(flow.subList(bodyStart, Math.max(bodyStart, closing.bodyEnd())), geometry));
    addPart(parts, PartKind.CLOSE, flow, closing.close());
    if (repairsWords) {
      parts.replaceAll(part -> switch (part.kind()) {
        case CLOSE -> ClosingPhrases.mend(part);
        case SALUTE -> SalutationPhrases.mend(part);
        default -> part;
      });
    }
    addPart(parts, PartKind.SIGNED, flow, closing.signed());
    addPart(parts, PartKind.CLOSER_DATELINE, flow, closing.dateline());
    if (!closing.address().isEmpty()) {
      parts.add(OcrRepairs.restoreOpeningBracket(new LetterPart(PartKind.CLOSER_ADDRESS,
          flow.subList(closing.address().start(), closing.address().end()))));
    }
    for (int start = closing.notes().start(); start < closing.notes().end(); ) {
      int end = start + 1;
      while (end < closing.notes().end() && Cues.noteType(flow.get(end).text()).isEmpty()) {
        end++;
      }
      addPart(parts, PartKind.NOTE, flow, new Closing.Range(start, end));
      start = end;
    }
    addPart(parts, PartKind.POSTSCRIPT, flow, new Closing.Range(closing.postscript(), flow.size()));

    List<LetterPart> trimmed =
        parts.stream().map(part -> NameWords.keepWhole(StrayMarks.trim(part, repairsWords))).toList();
    Optional<LetterPart> dateline =
        first(trimmed, PartKind.DATELINE).or(() -> first(trimmed, PartKind.CLOSER_DATELINE));
    Optional<DateParser.FoundDate> date = dateline.flatMap(part -> DateParser.find(part.text()));
    Optional<String> place =
        dateline.flatMap(part -> date.map(found -> part.text().substring(0, found.start())))
            .map(text -> text.replaceAll("[\\s,.;:]+$", "").strip())
            .filter(text -> text.codePoints().anyMatch(Character::isLetter));
    return new Letter(
        trimmed,
        furniture,
        date.flatMap(DateParser.FoundDate::when),
        place,
        Correspondents.sender(first(trimmed, PartKind.SIGNED), first(trimmed, PartKind.BYLINE)),
        Correspondents.recipient(first(trimmed, PartKind.INSIDE_ADDRESS),
            first(trimmed, PartKind.CLOSER_ADDRESS), first(trimmed, PartKind.SALUTE)));
  }

  private static List<Line> topToBottom(Page page) {
    return page.lines().stream()
        .sorted(Comparator.comparingInt((Line line) -> line.box().y() + line.box().height() / 2)
            .thenComparingInt(line -> line.box().x()))
        .toList();
  }

  /**
   * Page numbers and running heads at the top of continuation pages (a running head stands apart
   * from the text below it), also a page number misread, or a running head whose dashes a worn
   * copy left misread that stands apart and carries the page's own number between marks, and page
   * numbers at the foot.
   */
  private static boolean isFurniture(LetterLine line, int index, List<Line> page, PageGeometry geometry) {
    int count = page.size();
    double width = line.line().box().width();
    if (index == 0 && line.page() > 1) {
      boolean apart = count == 1 || geometry.gap(line.line(), page.get(1)) >= 1.6;
      if (Cues.isPageNumber(line.text())) {
        return width < geometry.textWidth() * (apart ? 0.95 : 0.7);
      }
      return apart && (isMisreadPageNumber(line, geometry) || Cues.carriesPageNumber(line.text(), line.page()));
    }
    return index == count - 1 && count > 1 && Cues.isBarePageNumber(line.text())
        && width < geometry.textWidth() * 0.7;
  }

  /**
   * A few marks centred at the head of a continuation page, apart from the text: a page number "- 2 -"
   * that a worn copy left unreadable ("lp").
   */
  private static boolean isMisreadPageNumber(LetterLine line, PageGeometry geometry) {
    return line.text().replaceAll("\\s", "").length() <= 4 && geometry.isRoughlyCentred(line.line())
        && line.line().box().width() < geometry.textWidth() * 0.2;
  }

  /** A subject line typed below the salutation stays in the opener: the body starts after it. */
  private static int subjectEnd(List<LetterLine> flow, int start, PageGeometry geometry) {
    if (start >= flow.size() || !Cues.isSubject(flow.get(start).text())) {
      return start;
    }
    int end = start + 1;
    while (end < flow.size() && flow.get(end).page() == flow.get(end - 1).page()
        && geometry.gap(flow.get(end - 1).line(), flow.get(end).line()) < 1.6) {
      end++;
    }
    return end;
  }

  /**
   * The salutation: the last line that reads as one before the body's first full line (a speck
   * read as a colon can make an address line "Mr. Charles Reed:" look like one too), and never
   * after running text (see {@link ParagraphRuns}). A salutation stands alone or right above the
   * body's first full line: when the line that reads as one has a short line of its block below
   * it, as an address line has, a salutation found by its place below it is the one.
   */
  private static int saluteIndex(List<LetterLine> flow, PageGeometry geometry) {
    int limit = Math.min((int) Math.ceil(flow.size() * MAX_OPENER_SHARE), ParagraphRuns.firstStart(flow, geometry));
    int found = -1;
    for (int i = 0; i < Math.min(limit, flow.size()); i++) {
      LetterLine line = flow.get(i);
      double width = line.line().box().width();
      if (found >= 0 && width >= geometry.textWidth() * 0.75) {
        break;
      }
      if (width < geometry.textWidth() * 0.8 && Cues.isSalutation(line.text())) {
        found = i;
      }
    }
    if (found >= 0 && standsAlone(flow, found, geometry)) {
      return found;
    }
    int byPlace = saluteByPlace(flow, geometry);
    return byPlace > found ? byPlace : found;
  }

  /** Nothing of the line's block below it but a full line of the body. */
  private static boolean standsAlone(List<LetterLine> flow, int line, PageGeometry geometry) {
    if (line + 1 >= flow.size() || flow.get(line + 1).page() != flow.get(line).page()) {
      return true;
    }
    LetterLine next = flow.get(line + 1);
    return geometry.gap(flow.get(line).line(), next.line()) >= 1.6
        || next.line().box().width() >= geometry.textWidth() * 0.75;
  }

  /**
   * A salutation whose words a worn copy left misread ("Déar- Colonel Stevens:", "pear Mr.
   * Hughes,") is known by its place: a short line alone at the margin, with a blank line above and
   * below it, right above the body's first block; a date or a subject line there is none.
   */
  private static int saluteByPlace(List<LetterLine> flow, PageGeometry geometry) {
    int line = firstFullLineBlock(flow, geometry) - 1;
    if (line < 1 || line + 1 >= flow.size() || flow.get(line - 1).page() != flow.get(line + 1).page()) {
      return -1;
    }
    LetterLine candidate = flow.get(line);
    boolean alone = geometry.gap(flow.get(line - 1).line(), candidate.line()) >= 1.6
        && geometry.gap(candidate.line(), flow.get(line + 1).line()) >= 1.6;
    boolean shortAtMargin = candidate.line().box().width() < geometry.textWidth() * 0.5
        && Math.abs(geometry.indentChars(candidate.line())) < 2;
    boolean otherPart = DateParser.find(candidate.text()).isPresent() || Cues.isSubject(candidate.text())
        || Cues.noteType(candidate.text()).isPresent();
    return alone && shortAtMargin && !otherPart && candidate.text().codePoints().anyMatch(Character::isLetter)
        ? line : -1;
  }

  /** Without a salutation, the body starts with the block of the first full-width line. */
  private static int firstFullLineBlock(List<LetterLine> flow, PageGeometry geometry) {
    for (int i = 0; i < flow.size(); i++) {
      if (flow.get(i).line().box().width() >= geometry.textWidth() * 0.75) {
        int start = i;
        while (start > 0
            && flow.get(start - 1).page() == flow.get(start).page()
            && geometry.gap(flow.get(start - 1).line(), flow.get(start).line()) < 1.6
            && !geometry.isCentred(flow.get(start - 1).line())) {
          start--;
        }
        return start;
      }
    }
    return 0;
  }

  private static void addPart(List<LetterPart> parts, PartKind kind, List<LetterLine> flow, Closing.Range range) {
    if (!range.isEmpty()) {
      parts.add(new LetterPart(kind, flow.subList(range.start(), range.end())));
    }
  }

  private static Optional<LetterPart> first(List<LetterPart> parts, PartKind kind) {
    return parts.stream().filter(part -> part.kind() == kind).findFirst();
  }
}
