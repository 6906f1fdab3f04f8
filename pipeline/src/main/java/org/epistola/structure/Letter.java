package org.epistola.structure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A letter as the structure stage understands it: its parts in reading order, the page furniture
 * (page numbers and running heads of continuation pages, which are not part of the text), and the
 * facts the header needs.
 *
 * @param when the letter's date in ISO 8601, when the dateline gives it clearly
 * @param place the place written in the dateline
 * @param sender the signer's name as it should be indexed
 * @param recipient the addressee's name as it should be indexed
 */
public record Letter(
    List<LetterPart> parts,
    List<LetterLine> furniture,
    Optional<String> when,
    Optional<String> place,
    Optional<String> sender,
    Optional<String> recipient) {

  public Letter {
    parts = List.copyOf(parts);
    furniture = List.copyOf(furniture);
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(recipient, "recipient");
  }

  public List<LetterPart> partsOf(PartKind kind) {
    return parts.stream().filter(part -> part.kind() == kind).toList();
  }

  public Optional<LetterPart> first(PartKind kind) {
    return parts.stream().filter(part -> part.kind() == kind).findFirst();
  }
}
