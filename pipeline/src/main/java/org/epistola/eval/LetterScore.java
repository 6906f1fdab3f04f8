package org.epistola.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores of one predicted letter against its gold.
 *
 * @param id the letter's id
 * @param found whether a predicted file was found
 * @param goldChars characters in the gold reading text
 * @param charEdits character edits from predicted to gold reading text
 * @param goldWords words in the gold reading text
 * @param wordEdits word edits from predicted to gold reading text
 * @param parts part matches by kind
 * @param goldWhen the gold dateline's date
 * @param predictedWhen the predicted dateline's date
 * @param boundaries paragraph-boundary matches
 */
public record LetterScore(
    String id,
    boolean found,
    int goldChars,
    int charEdits,
    int goldWords,
    int wordEdits,
    Map<PartType, Counts> parts,
    Optional<String> goldWhen,
    Optional<String> predictedWhen,
    Counts boundaries) {

  /** A part counts as found when its text is within this character error rate of the gold's. */
  public static final double PART_MAX_CER = 0.10;

  public LetterScore {
    Objects.requireNonNull(id, "id");
    parts = Map.copyOf(parts);
    Objects.requireNonNull(goldWhen, "goldWhen");
    Objects.requireNonNull(predictedWhen, "predictedWhen");
    Objects.requireNonNull(boundaries, "boundaries");
  }

  /** Scores {@code predicted} (empty when no file was found) against {@code gold}. */
  public static LetterScore of(LetterParts gold, Optional<LetterParts> predicted) {
    LetterParts pred = predicted.orElse(
        new LetterParts(gold.id(), "", Optional.empty(), Map.of()));
    Map<PartType, Counts> parts = new EnumMap<>(PartType.class);
    for (PartType type : PartType.values()) {
      parts.put(type, match(pred.of(type), gold.of(type)));
    }
    return new LetterScore(
        gold.id(),
        predicted.isPresent(),
        gold.text().codePointCount(0, gold.text().length()),
        TextDistance.characterEdits(pred.text(), gold.text()),
        TextDistance.words(gold.text()).size(),
        TextDistance.wordEdits(pred.text(), gold.text()),
        parts,
        gold.when(),
        pred.when(),
        Boundaries.score(pred.of(PartType.PARAGRAPH), gold.of(PartType.PARAGRAPH)));
  }

  /** Whether the date counts: false when it is absent on one side only or differs. */
  public boolean dateCorrect() {
    return goldWhen.equals(predictedWhen);
  }

  /** Whether either side has a date, so that the date is scored. */
  public boolean dateScored() {
    return goldWhen.isPresent() || predictedWhen.isPresent();
  }

  public Counts allParts() {
    return parts.values().stream().reduce(Counts.NONE, Counts::plus);
  }

  /** Greedy one-to-one matching in document order. */
  private static Counts match(List<String> predicted, List<String> gold) {
    boolean[] used = new boolean[predicted.size()];
    int matched = 0;
    for (String g : gold) {
      for (int i = 0; i < predicted.size(); i++) {
        if (!used[i] && TextDistance.cer(predicted.get(i), g) <= PART_MAX_CER) {
          used[i] = true;
          matched++;
          break;
        }
      }
    }
    return new Counts(gold.size(), predicted.size(), matched);
  }
}
