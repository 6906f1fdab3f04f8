package org.epistola.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.epistola.text.EditDistance;

/** Edit distances over characters and words, on text in NFC with whitespace folded. */
public final class TextDistance {

  private TextDistance() {}

  /** NFC, whitespace folded to single spaces, trimmed. */
  public static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
  }

  public static List<String> words(String text) {
    String folded = fold(text);
    return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
  }

  /** Character edits turning {@code predicted} into {@code gold}. */
  public static int characterEdits(String predicted, String gold) {
    String a = fold(predicted);
    String b = fold(gold);
    return EditDistance.between(a.codePoints().toArray(), b.codePoints().toArray());
  }

  /** Word edits turning {@code predicted} into {@code gold}. */
  public static int wordEdits(String predicted, String gold) {
    List<String> a = words(predicted);
    List<String> b = words(gold);
    Map<String, Integer> symbols = new HashMap<>();
    return EditDistance.between(a.stream().mapToInt(w -> symbols.computeIfAbsent(w, k -> symbols.size())).toArray(),
        b.stream().mapToInt(w -> symbols.computeIfAbsent(w, k -> symbols.size())).toArray());
  }

  /** Character error rate of {@code predicted} against {@code gold}. */
  public static double cer(String predicted, String gold) {
    int length = fold(gold).codePointCount(0, fold(gold).length());
    int edits = characterEdits(predicted, gold);
    return length == 0 ? (edits == 0 ? 0 : 1) : edits / (double) length;
  }
}
