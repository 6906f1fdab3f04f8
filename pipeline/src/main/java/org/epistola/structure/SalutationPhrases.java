package org.epistola.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.epistola.model.Word;

/**
 * Spells a salutation's formula as typed when a worn typewriter left it misread so badly that it
 * does not read as a salutation and was found by its place ("pear Six," for "Dear Sir,"). The
 * line must be near a formula of two words or more: its letters within one edit per {@value
 * #LETTERS_PER_EDIT} letters of it, nearer than to any other, its words paired with the formula's.
 * A salutation that reads as one keeps its words, as a name may be one edit from a formula's word
 * ("Dear Sid,", "Adam,"). The first word takes a capital. Each changed word keeps what the OCR
 * read.
 */
final class SalutationPhrases {

  private static final int LETTERS_PER_EDIT = 4;

  private static final List<String> FORMULAS = List.of(
      "dear sir", "dear sirs", "dear madam", "my dear sir", "my dear madam", "dear sir or madam",
      "dear gentlemen", "ladies and gentlemen");

  private SalutationPhrases() {}

  static LetterPart mend(LetterPart salute) {
    List<LetterLine> lines = salute.lines().stream().map(SalutationPhrases::mend).toList();
    return lines.equals(salute.lines()) ? salute : new LetterPart(salute.kind(), lines);
  }

  private static LetterLine mend(LetterLine line) {
    Optional<String> formula = ClosingPhrases.nearest(line.text(), FORMULAS, LETTERS_PER_EDIT);
    List<Word> words = line.line().words();
    List<Integer> lettered = ClosingPhrases.lettered(words);
    boolean pairs = formula.isPresent() && formula.get().split(" ").length == lettered.size();
    if (Cues.isSalutation(line.text()) || !pairs) {
      return line;
    }
    String[] formulaWords = formula.get().split(" ");
    List<Word> mended = new ArrayList<>(words);
    for (int k = 0; k < lettered.size(); k++) {
      Word word = words.get(lettered.get(k));
      boolean last = k == lettered.size() - 1;
      String spelled = ClosingPhrases.inCaseOf(word.text(), formulaWords[k]);
      String text = (k == 0 ? spelled.substring(0, 1).toUpperCase(Locale.ROOT) + spelled.substring(1) : spelled)
          + (last ? ClosingPhrases.finalMark(word.text()) : "");
      boolean misread = !ClosingPhrases.lettersOf(text).equals(ClosingPhrases.lettersOf(word.text()));
      if (misread) {
        mended.set(lettered.get(k), word.repairedAs(text));
      }
    }
    return mended.equals(words) ? line : line.withWords(mended);
  }
}
