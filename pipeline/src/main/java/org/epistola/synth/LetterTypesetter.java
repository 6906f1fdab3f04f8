package org.epistola.synth;

import org.epistola.model.BBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Lays a letter out as typewritten pages. The result depends only on the letter, the page setup
 * and the font metrics, so the same letter always gives the same pages.
 *
 * <p>Continuation pages begin with a centred page number such as {@code - 2 -}, or with the
 * letter's running head at the left margin, and one blank line. Paragraphs may break across pages; the close and signature block is kept on one page.
 */
public final class LetterTypesetter {

  private final PageSetup setup;
  private final TypewriterFont font;
  private final LetterFlow flow;

  public LetterTypesetter(PageSetup setup, TypewriterFont font) {
    this.setup = setup;
    this.font = font;
    this.flow = new LetterFlow(setup, font);
  }

  /** Typesets the letter; {@code sourceName} names the letter in error messages. */
  public List<TypedPage> typeset(LetterText letter, String sourceName) throws SynthException {
    Pages pages = new Pages(sourceName, letter.extras().runningHead());
    for (LetterFlow.Block block : flow.blocks(letter)) {
      if (block.keepTogether() && !pages.fits(block.lines())) {
        pages.newPage();
        if (!pages.fits(block.lines())) {
          throw new SynthException(sourceName + ": a block is taller than a page");
        }
      }
      for (LetterFlow.FlowLine line : block.lines()) {
        pages.place(line);
      }
    }
    return pages.finish();
  }

  /** The page being filled and the pages already full. */
  private final class Pages {
    private final String sourceName;
    private final List<TypedPage> done = new ArrayList<>();
    private List<TypedLine> lines = new ArrayList<>();
    private int slotTop = setup.top();
    private boolean flowStarted;
    private final Optional<String> runningHead;

    Pages(String sourceName, Optional<String> runningHead) {
      this.sourceName = sourceName;
      this.runningHead = runningHead;
    }

    /** Whether the lines fit below what is already on the page. */
    boolean fits(List<LetterFlow.FlowLine> block) {
      int top = slotTop;
      boolean first = true;
      for (LetterFlow.FlowLine line : block) {
        if (flowStarted || !first) {
          top += line.blanksBefore() * setup.pitch();
        }
        top += setup.pitch();
        first = false;
      }
      return top <= setup.bottom();
    }

    void place(LetterFlow.FlowLine line) throws SynthException {
      if (flowStarted) {
        slotTop += line.blanksBefore() * setup.pitch();
      }
      if (slotTop + setup.pitch() > setup.bottom()) {
        newPage();
      }
      add(line.text(), line.x(), line.part(), line.paragraph());
      flowStarted = true;
    }

    void newPage() throws SynthException {
      done.add(new TypedPage(done.size() + 1, setup.width(), setup.height(), lines));
      lines = new ArrayList<>();
      slotTop = setup.top();
      flowStarted = false;
      String page = String.valueOf(done.size() + 1);
      if (runningHead.isPresent()) {
        add(runningHead.get().replace("{page}", page), setup.left(), LetterPart.RUNNING_HEAD,
            OptionalInt.empty());
      } else {
        String number = "- " + page + " -";
        int x = setup.centre() - number.length() * font.advance() / 2;
        add(number, x, LetterPart.PAGE_NUMBER, OptionalInt.empty());
      }
      slotTop += setup.pitch();
    }

    private void add(String text, int x, LetterPart part, OptionalInt paragraph)
        throws SynthException {
      int baseline = slotTop + font.ascent();
      int width = text.length() * font.advance();
      if (x + width > setup.width()) {
        throw new SynthException(sourceName + ": line runs off the page: " + text);
      }
      BBox box = new BBox(x, baseline - font.ascent(), width, font.ascent() + font.descent());
      lines.add(new TypedLine(text, x, baseline, box, part, paragraph));
      slotTop += setup.pitch();
    }

    List<TypedPage> finish() {
      done.add(new TypedPage(done.size() + 1, setup.width(), setup.height(), lines));
      return List.copyOf(done);
    }
  }
}
