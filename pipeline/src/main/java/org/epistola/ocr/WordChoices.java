package org.epistola.ocr;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The readings the recogniser weighed for each character of one word, in reading order; each
 * character's list starts with what was read and goes on with the alternatives, best first.
 */
public record WordChoices(List<List<SymbolChoice>> symbols) {

  public WordChoices {
    symbols = symbols.stream().map(List::copyOf).toList();
    if (symbols.stream().anyMatch(List::isEmpty)) {
      throw new IllegalArgumentException("every character needs at least the reading taken");
    }
  }

  /** The word as read: every character's first choice. */
  public String read() {
    return symbols.stream().map(choices -> choices.get(0).text()).collect(Collectors.joining());
  }
}
