package org.epistola.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What evaluation compares in one TEI letter: the reading text of the letter, its date, and the
 * reading text of each part, by kind, in document order.
 *
 * @param id the document id ({@code TEI/@xml:id}, else the file name)
 * @param text the reading text of the whole letter division, running heads left out
 * @param when the dateline's {@code date/@when}
 * @param parts the parts' texts by kind
 */
public record LetterParts(
    String id, String text, Optional<String> when, Map<PartType, List<String>> parts) {

  public LetterParts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(when, "when");
    Map<PartType, List<String>> copy = new EnumMap<>(PartType.class);
    for (PartType type : PartType.values()) {
      copy.put(type, List.copyOf(parts.getOrDefault(type, List.of())));
    }
    parts = Map.copyOf(copy);
  }

  public List<String> of(PartType type) {
    return parts.get(type);
  }
}
