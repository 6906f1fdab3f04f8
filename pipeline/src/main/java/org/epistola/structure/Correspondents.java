package org.epistola.structure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Derives the sender's and the recipient's names from the recognised parts. */
final class Correspondents {

  private static final Pattern HONORIFIC =
      Pattern.compile(
          "^(?:the\\s+honou?rable|his\\s+excellency|her\\s+excellency|hon\\.|mr\\.?|mrs\\.?|ms\\.?"
              + "|miss|dr\\.?|messrs\\.?|sir|madam|prof\\.?)\\s+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SIGNED_MARK = Pattern.compile("^\\((?:sgd|signed)\\.?\\)\\s*", Pattern.CASE_INSENSITIVE);

  private Correspondents() {}

  /** The signer, in the byline's spelling when the byline names the same person. */
  static Optional<String> sender(Optional<LetterPart> signed, Optional<LetterPart> byline) {
    Optional<String> signature =
        signed.map(part -> cleanName(nameLine(part))).filter(name -> !name.isEmpty());
    if (signature.isPresent() && byline.isPresent()
        && byline.get().text().strip().equalsIgnoreCase(signature.get())) {
      return Optional.of(byline.get().text().strip());
    }
    return signature.map(Correspondents::readableCase).or(() -> byline.map(part -> part.text().strip()));
  }

  private static final Pattern SALUTATION_OPENING =
      Pattern.compile("^(?:my\\s+)?dear(?:est)?\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern GENERIC_ADDRESSEE =
      Pattern.compile("^(?:sirs?|madam|gentlemen|ladies|friends?|colleagues?|sir\\s+or\\s+madam|to\\s+whom.*)$",
          Pattern.CASE_INSENSITIVE);

  /**
   * The addressee: the inside address's first line, else the name in an address at the foot, else
   * the name in the salutation ("Dear Mrs. Whitfield," gives "Mrs. Whitfield"; "Dear Sir:" none).
   */
  static Optional<String> recipient(
      Optional<LetterPart> insideAddress, Optional<LetterPart> footAddress, Optional<LetterPart> salute) {
    Optional<String> fromAddress = recipient(insideAddress, footAddress);
    if (fromAddress.isPresent() || salute.isEmpty()) {
      return fromAddress;
    }
    String name = SALUTATION_OPENING.matcher(salute.get().text().strip()).replaceFirst("");
    name = name.replaceAll("[\\s,;:.]+$", "").strip();
    boolean named = name.contains(" ") || !name.equals(salute.get().text().strip().replaceAll("[,;:]+$", ""));
    return GENERIC_ADDRESSEE.matcher(name).matches() || name.isEmpty() || !named
        ? Optional.empty() : Optional.of(name);
  }

  private static Optional<String> recipient(Optional<LetterPart> insideAddress, Optional<LetterPart> footAddress) {
    if (insideAddress.isPresent()) {
      String first = insideAddress.get().lines().get(0).text();
      return Optional.of(HONORIFIC.matcher(cleanName(first)).replaceFirst("")).filter(s -> !s.isEmpty());
    }
    return footAddress
        .map(part -> part.text().replaceAll("[\\[\\]]", "").split(",")[0])
        .map(Correspondents::cleanName)
        .map(name -> HONORIFIC.matcher(name).replaceFirst(""))
        .filter(name -> !name.isEmpty());
  }

  /** The signature's name line: the first, or the second after "For the Secretary of State:". */
  private static String nameLine(LetterPart signed) {
    List<LetterLine> lines = signed.lines();
    return lines.size() > 1 && Cues.isSigningFor(lines.get(0).text()) ? lines.get(1).text() : lines.get(0).text();
  }

  private static String cleanName(String text) {
    String name = SIGNED_MARK.matcher(text.strip()).replaceFirst("");
    name = name.replaceAll("[,;:]+$", "").strip();
    return name.endsWith(".") && !name.matches(".*\\b\\p{Lu}\\.$") ? name.substring(0, name.length() - 1) : name;
  }

  /** "JOHN F. KENNEDY" becomes "John F. Kennedy"; mixed-case names are kept as typed. */
  private static String readableCase(String name) {
    if (!name.equals(name.toUpperCase(Locale.ROOT))) {
      return name;
    }
    StringBuilder out = new StringBuilder();
    for (String token : name.split(" ")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(token.isEmpty() ? token : token.charAt(0) + token.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }
}
