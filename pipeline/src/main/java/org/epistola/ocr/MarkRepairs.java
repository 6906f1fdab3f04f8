package org.epistola.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epistola.model.Line;
import org.epistola.model.Word;

/**
 * Mends doubtful words whose typed marks OCR misreads in a way no word list can catch: a hyphen
 * read as {@code =} or {@code ~} ({@code admin=}, {@code bath=house}), a full stop read as
 * {@code »} ({@code worker»}), and the title {@code Mrs.} whose faint {@code M} is lost or
 * misread ({@code irs.}, {@code Hrs.}, {@code lirs.}) before a capitalised name.
 */
public final class MarkRepairs {

  private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})[=~](?=\\p{L}|$)");
  private static final Pattern GUILLEMET_STOP = Pattern.compile("(\\p{L}{2,})»");
  private static final Pattern MISREAD_MRS =
      Pattern.compile("([\"'‘“]?)(?:[A-Za-z]{0,2}rs|M[a-z]s|[a-zA-Z]Mrs)[.e]");

  private final double doubtful;

  public MarkRepairs(double doubtful) {
    this.doubtful = doubtful;
  }

  /** The page's lines with doubtful words' marks mended; a mended word keeps what the OCR read. */
  public List<Line> repair(List<Line> lines) {
    List<Line> repaired = new ArrayList<>(lines.size());
    for (Line line : lines) {
      List<Word> words = new ArrayList<>(line.words().size());
      for (int i = 0; i < line.words().size(); i++) {
        Word word = line.words().get(i);
        Optional<String> next = i + 1 < line.words().size()
            ? Optional.of(line.words().get(i + 1).text())
            : Optional.empty();
        words.add(PageVocabulary.isDoubtful(word, doubtful)
            ? mended(word.text(), next).map(word::repairedAs).orElse(word)
            : word);
      }
      repaired.add(new Line(words, line.box()));
    }
    return repaired;
  }

  /** {@code text} with its marks mended, given the word after it on the line, if any. */
  static Optional<String> mended(String text, Optional<String> next) {
    if (!text.equals("Mrs.") && MISREAD_MRS.matcher(text).matches()
        && next.filter(MarkRepairs::isCapitalisedName).isPresent()) {
      Matcher title = MISREAD_MRS.matcher(text);
      title.matches();
      return Optional.of(title.group(1) + "Mrs.");
    }
    String mended = GUILLEMET_STOP.matcher(text).replaceAll("$1.");
    mended = HYPHEN.matcher(mended).replaceAll("-");
    return mended.equals(text) ? Optional.empty() : Optional.of(mended);
  }

  private static boolean isCapitalisedName(String word) {
    return word.matches("\\p{Lu}\\p{Ll}+\\p{P}*");
  }
}
