package org.epistola.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides, for each line ending in a hyphen, whether it splits a word or breaks a compound at its
 * own hyphen. The evidence is the letter itself, in this order: if the hyphenated compound
 * ("alien-dominated") occurs elsewhere in the letter, the hyphen is real; else if the joined word
 * ("resistance") occurs elsewhere, the line end split it; else if the next line starts with a
 * capital ("inter-American") the hyphen is real; otherwise the line end split one word, as
 * typists did.
 */
final class Hyphenation {

  private Hyphenation() {}

  static List<LetterLine> mark(List<LetterLine> flow) {
    Set<String> vocabulary = vocabulary(flow);
    List<LetterLine> marked = new ArrayList<>(flow.size());
    for (int i = 0; i < flow.size(); i++) {
      LetterLine line = flow.get(i);
      LineEnd end = i + 1 < flow.size() ? endOf(line, flow.get(i + 1), vocabulary) : LineEnd.SPACE;
      marked.add(line.withEnd(end));
    }
    return marked;
  }

  private static LineEnd endOf(LetterLine line, LetterLine next, Set<String> vocabulary) {
    String last = lastWord(line);
    String first = next.line().words().get(0).text();
    boolean hyphenated =
        last.length() >= 2
            && last.endsWith("-")
            && Character.isLetter(last.charAt(last.length() - 2))
            && Character.isLetter(first.charAt(0));
    if (!hyphenated) {
      return LineEnd.SPACE;
    }
    String compound = bare((last + bare(first)).toLowerCase(Locale.ROOT));
    String joined = compound.replace("-", "");
    if (vocabulary.contains(compound)) {
      return LineEnd.COMPOUND_HYPHEN;
    }
    if (vocabulary.contains(joined)) {
      return LineEnd.SPLIT_WORD;
    }
    return Character.isUpperCase(first.charAt(0)) ? LineEnd.COMPOUND_HYPHEN : LineEnd.SPLIT_WORD;
  }

  private static String lastWord(LetterLine line) {
    var words = line.line().words();
    return words.get(words.size() - 1).text();
  }

  private static Set<String> vocabulary(List<LetterLine> flow) {
    Set<String> words = new HashSet<>();
    for (LetterLine line : flow) {
      for (var word : line.line().words()) {
        words.add(bare(word.text()).toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  /** The word without surrounding punctuation. */
  private static String bare(String word) {
    return word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
  }
}
