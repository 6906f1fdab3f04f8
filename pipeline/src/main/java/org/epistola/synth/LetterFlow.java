package org.epistola.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Turns a letter into blocks of positioned lines, in typing order, before they are broken into
 * pages. Horizontal positions are final here; vertical positions are left to the typesetter.
 */
final class LetterFlow {

  /** A line with its horizontal position and the blank lines to leave above it. */
  record FlowLine(String text, int x, LetterPart part, OptionalInt paragraph, int blanksBefore) {}

  /** Lines that follow each other; a kept-together block is never split across pages. */
  record Block(List<FlowLine> lines, boolean keepTogether) {
    Block {
      lines = List.copyOf(lines);
    }
  }

  private static final int INDENT = 5;
  private static final int SIGNATURE_SPACE = 3;

  private final PageSetup setup;
  private final int advance;
  private final int columns;
  private final int tabColumns;

  LetterFlow(PageSetup setup, TypewriterFont font) {
    this.setup = setup;
    this.advance = font.advance();
    this.columns = (setup.right() - setup.left()) / advance;
    this.tabColumns = (setup.right() - setup.centre()) / advance;
  }

  List<Block> blocks(LetterText letter) {
    List<Block> blocks = new ArrayList<>();
    LetterText.Extras extras = letter.extras();
    List<FlowLine> letterhead = new ArrayList<>();
    extras.letterhead().forEach(l -> letterhead.addAll(letterheadLine(l, extras.letterheadAlign())));
    add(blocks, letterhead, false);
    List<FlowLine> heading = new ArrayList<>();
    letter.author().ifPresent(a -> heading.addAll(left(a, LetterPart.AUTHOR, 0)));
    letter.senderAddress().forEach(s -> heading.addAll(tab(s, LetterPart.SENDER_ADDRESS, 0)));
    boolean dateAtFoot = extras.datePosition() == LetterText.DatePosition.FOOT;
    if (!dateAtFoot) {
      letter.date().ifPresent(d -> heading.addAll(dateline(letter, d)));
    }
    add(blocks, heading, false);
    letter.title().ifPresent(t -> add(blocks, centred(t, LetterPart.TITLE), false));
    List<FlowLine> address = new ArrayList<>();
    letter.address().forEach(a -> address.addAll(left(a, LetterPart.ADDRESS, 0)));
    add(blocks, address, true);
    extras.subject().ifPresent(s -> add(blocks, left(s, LetterPart.SUBJECT, 0), false));
    add(blocks, left(letter.salutation(), LetterPart.SALUTE, 0), false);
    boolean tight = letter.paragraphStyle() == LetterText.ParagraphStyle.INDENTED_TIGHT;
    for (int i = 0; i < letter.paragraphs().size(); i++) {
      List<FlowLine> lines = paragraph(letter.paragraphs().get(i), i, letter.paragraphStyle());
      if (tight && i > 0) {
        blocks.add(new Block(lines, false));
      } else {
        add(blocks, lines, false);
      }
    }
    add(blocks, signatureBlock(letter), true);
    if (dateAtFoot) {
      letter.date().ifPresent(d -> add(blocks, dateline(letter, d), false));
    }
    letter.addressee().ifPresent(a -> add(blocks, left(a, LetterPart.ADDRESSEE, 2), false));
    List<FlowLine> notes = new ArrayList<>();
    extras.notes().forEach(n -> notes.addAll(left(n, LetterPart.NOTE, 0)));
    add(blocks, notes, false);
    letter.postscript().ifPresent(p -> add(blocks, left(p, LetterPart.POSTSCRIPT, 0), false));
    return List.copyOf(blocks);
  }

  /** Adds a block, leaving one blank line above it unless it asks for more or is the first. */
  private static void add(List<Block> blocks, List<FlowLine> lines, boolean keepTogether) {
    if (lines.isEmpty()) {
      return;
    }
    List<FlowLine> copy = new ArrayList<>(lines);
    FlowLine first = copy.get(0);
    int gap = blocks.isEmpty() ? 0 : Math.max(1, first.blanksBefore());
    copy.set(0, new FlowLine(first.text(), first.x(), first.part(), first.paragraph(), gap));
    blocks.add(new Block(copy, keepTogether));
  }

  private List<FlowLine> dateline(LetterText letter, String date) {
    return letter.dateAlign() == LetterText.DateAlign.TAB
        ? tab(date, LetterPart.DATELINE, 0)
        : left(date, LetterPart.DATELINE, 0);
  }

  private List<FlowLine> letterheadLine(String text, LetterText.LetterheadAlign align) {
    return switch (align) {
      case CENTRE -> centred(text, LetterPart.LETTERHEAD);
      case LEFT -> left(text, LetterPart.LETTERHEAD, 0);
      case RIGHT -> flushRight(text, LetterPart.LETTERHEAD);
    };
  }

  private List<FlowLine> signatureBlock(LetterText letter) {
    List<FlowLine> lines = new ArrayList<>();
    boolean left = letter.extras().closeAlign() == LetterText.DateAlign.LEFT;
    java.util.function.BiFunction<String, LetterPart, List<FlowLine>> at =
        (text, part) -> left ? left(text, part, 0) : tab(text, part, 0);
    letter.closeLines().forEach(c -> lines.addAll(at.apply(c, LetterPart.CLOSE)));
    letter.extras().signatureFor().ifPresent(f -> lines.addAll(at.apply(f, LetterPart.SIGNATURE_FOR)));
    int space = lines.isEmpty() ? 1 + SIGNATURE_SPACE : SIGNATURE_SPACE;
    List<FlowLine> signature = at.apply(letter.signature(), LetterPart.SIGNATURE);
    FlowLine first = signature.get(0);
    lines.add(new FlowLine(first.text(), first.x(), first.part(), first.paragraph(), space));
    lines.addAll(signature.subList(1, signature.size()));
    letter.signatureTitle().forEach(t -> lines.addAll(at.apply(t, LetterPart.SIGNATURE_TITLE)));
    return lines;
  }

  private List<FlowLine> paragraph(String text, int index, LetterText.ParagraphStyle style) {
    int indent = style == LetterText.ParagraphStyle.BLOCK ? 0 : INDENT;
    List<String> wrapped = wrap(text, columns - indent, columns);
    List<FlowLine> lines = new ArrayList<>();
    for (int i = 0; i < wrapped.size(); i++) {
      int x = setup.left() + (i == 0 ? indent * advance : 0);
      lines.add(new FlowLine(wrapped.get(i), x, LetterPart.PARAGRAPH, OptionalInt.of(index), 0));
    }
    return lines;
  }

  private List<FlowLine> left(String text, LetterPart part, int blanksBefore) {
    return place(wrap(text, columns, columns), part, blanksBefore, setup.left(), false);
  }

  private List<FlowLine> tab(String text, LetterPart part, int blanksBefore) {
    return place(wrap(text, tabColumns, tabColumns), part, blanksBefore, setup.centre(), false);
  }

  private List<FlowLine> centred(String text, LetterPart part) {
    return place(wrap(text, columns, columns), part, 0, setup.centre(), true);
  }

  private List<FlowLine> flushRight(String text, LetterPart part) {
    List<FlowLine> lines = new ArrayList<>();
    for (String line : wrap(text, columns, columns)) {
      lines.add(new FlowLine(line, setup.right() - line.length() * advance, part, OptionalInt.empty(), 0));
    }
    return lines;
  }

  private List<FlowLine> place(
      List<String> texts, LetterPart part, int blanksBefore, int x, boolean centred) {
    List<FlowLine> lines = new ArrayList<>();
    for (String text : texts) {
      int start = centred ? x - text.length() * advance / 2 : x;
      int gap = lines.isEmpty() ? blanksBefore : 0;
      lines.add(new FlowLine(text, start, part, OptionalInt.empty(), gap));
    }
    return lines;
  }

  /**
   * Wraps text at word boundaries: the first line holds at most {@code first} characters, the
   * others at most {@code rest}. Words are never hyphenated; a word longer than a whole line is
   * cut at the line's end.
   */
  static List<String> wrap(String text, int first, int rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split(" +")) {
      int width = lines.isEmpty() ? first : rest;
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
        width = rest;
      }
      String remaining = word;
      while (line.length() == 0 && remaining.length() > width) {
        lines.add(remaining.substring(0, width));
        remaining = remaining.substring(width);
        width = rest;
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(remaining);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
