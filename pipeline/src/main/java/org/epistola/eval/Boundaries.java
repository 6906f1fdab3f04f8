package org.epistola.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paragraph-boundary matching. The paragraphs' words are joined into one sequence per side; the
 * predicted sequence is aligned to the gold one word by word (edit distance with backtrace), and a
 * predicted paragraph start counts as found when it falls within one word of a gold start.
 * The first paragraph's start is not a boundary.
 */
final class Boundaries {

  private static final int TOLERANCE_WORDS = 1;

  private Boundaries() {}

  static Counts score(List<String> predicted, List<String> gold) {
    List<String> goldWords = new ArrayList<>();
    List<Integer> goldStarts = starts(gold, goldWords);
    List<String> predWords = new ArrayList<>();
    List<Integer> predStarts = starts(predicted, predWords);
    int[] toGold = align(predWords, goldWords);
    boolean[] used = new boolean[goldStarts.size()];
    int matched = 0;
    for (int start : predStarts) {
      int mapped = toGold[start];
      for (int g = 0; g < goldStarts.size(); g++) {
        if (!used[g] && Math.abs(goldStarts.get(g) - mapped) <= TOLERANCE_WORDS) {
          used[g] = true;
          matched++;
          break;
        }
      }
    }
    return new Counts(goldStarts.size(), predStarts.size(), matched);
  }

  /** The word offsets where the second and later paragraphs start. */
  private static List<Integer> starts(List<String> paragraphs, List<String> words) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        starts.add(words.size());
      }
      words.addAll(TextDistance.words(paragraphs.get(i)));
    }
    return starts;
  }

  /** For each predicted word position (and the end), the gold position it stands at. */
  private static int[] align(List<String> pred, List<String> gold) {
    Map<String, Integer> symbols = new HashMap<>();
    int[] a = pred.stream().mapToInt(w -> symbols.computeIfAbsent(w, k -> symbols.size())).toArray();
    int[] b = gold.stream().mapToInt(w -> symbols.computeIfAbsent(w, k -> symbols.size())).toArray();
    int[][] cost = new int[a.length + 1][b.length + 1];
    for (int i = 0; i <= a.length; i++) {
      for (int j = 0; j <= b.length; j++) {
        if (i == 0 || j == 0) {
          cost[i][j] = i + j;
        } else {
          int substitution = cost[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
          cost[i][j] = Math.min(substitution, Math.min(cost[i - 1][j], cost[i][j - 1]) + 1);
        }
      }
    }
    int[] toGold = new int[a.length + 1];
    toGold[a.length] = b.length;
    int i = a.length;
    int j = b.length;
    while (i > 0) {
      if (j > 0 && cost[i][j] == cost[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)) {
        i--;
        j--;
      } else if (j > 0 && cost[i][j] == cost[i][j - 1] + 1) {
        j--;
        continue;
      } else {
        i--;
      }
      toGold[i] = j;
    }
    return toGold;
  }
}
