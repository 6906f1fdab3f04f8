package org.epistola.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of a predicted corpus against its gold, letter by letter (sorted by id) and in total.
 *
 * @param letters the scores of each gold letter
 * @param missing ids of gold letters that had no predicted file
 */
public record EvalReport(List<LetterScore> letters, List<String> missing) {

  public EvalReport {
    letters = List.copyOf(letters);
    missing = List.copyOf(missing);
  }

  /** Character error rate over all letters' reading text. */
  public double cer() {
    int chars = letters.stream().mapToInt(LetterScore::goldChars).sum();
    int edits = letters.stream().mapToInt(LetterScore::charEdits).sum();
    return chars == 0 ? 0 : edits / (double) chars;
  }

  /** Word error rate over all letters' reading text. */
  public double wer() {
    int words = letters.stream().mapToInt(LetterScore::goldWords).sum();
    int edits = letters.stream().mapToInt(LetterScore::wordEdits).sum();
    return words == 0 ? 0 : edits / (double) words;
  }

  /** Matches per part kind over all letters. */
  public Map<PartType, Counts> parts() {
    Map<PartType, Counts> totals = new EnumMap<>(PartType.class);
    for (PartType type : PartType.values()) {
      totals.put(type, letters.stream().map(l -> l.parts().get(type)).reduce(Counts.NONE, Counts::plus));
    }
    return totals;
  }

  /** Matches over all part kinds (micro-averaged). */
  public Counts allParts() {
    return letters.stream().map(LetterScore::allParts).reduce(Counts.NONE, Counts::plus);
  }

  public Counts boundaries() {
    return letters.stream().map(LetterScore::boundaries).reduce(Counts.NONE, Counts::plus);
  }

  /** Letters whose date@when is right, among those where either side has one; 1 when none. */
  public double dateAccuracy() {
    long scored = letters.stream().filter(LetterScore::dateScored).count();
    long correct = letters.stream().filter(LetterScore::dateScored).filter(LetterScore::dateCorrect).count();
    return scored == 0 ? 1 : correct / (double) scored;
  }

  /** The report restricted to some letters, e.g. a held-back set. */
  public EvalReport only(java.util.function.Predicate<String> ids) {
    return new EvalReport(
        letters.stream().filter(l -> ids.test(l.id())).toList(),
        missing.stream().filter(ids).toList());
  }
}
