package org.epistola.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Known words, in lower case: one or more plain word lists (one word a line, as in Debian's
 * {@code wbritish} and {@code wamerican} packages).
 */
public final class WordList {

  /** Debian's British and American English lists. */
  public static final List<Path> DEBIAN_ENGLISH =
      List.of(Path.of("/usr/share/dict/british-english"), Path.of("/usr/share/dict/american-english"));

  private final Set<String> words;

  private WordList(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The words of {@code files}; a missing or unreadable file is an error naming it. */
  public static WordList read(List<Path> files) throws OcrException {
    Set<String> words = new HashSet<>();
    for (Path file : files) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            words.add(line.strip().toLowerCase(Locale.ROOT));
          }
        }
      } catch (IOException e) {
        throw new OcrException(file + ": cannot read the word list (install wbritish and"
            + " wamerican, or turn the word repairs off): " + e.getMessage(), e);
      }
    }
    return new WordList(words);
  }

  /** A list of exactly {@code words}. */
  public static WordList of(Collection<String> words) {
    Set<String> lower = new HashSet<>();
    words.forEach(word -> lower.add(word.toLowerCase(Locale.ROOT)));
    return new WordList(lower);
  }

  /** Whether {@code word} is known, ignoring case. */
  public boolean contains(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }
}
