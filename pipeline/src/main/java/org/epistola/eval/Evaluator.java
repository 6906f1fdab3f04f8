package org.epistola.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Pairs gold TEI files with predicted ones by id and scores them. A gold file {@code GOLD/ID.xml}
 * is paired with {@code PRED/tei/ID.xml}, else {@code PRED/ID.xml} (ID is the gold TEI's
 * {@code xml:id}, else its file name).
 */
public final class Evaluator {

  private final TeiPartsReader reader = new TeiPartsReader();

  public EvalReport evaluate(Path goldDir, Path predDir) throws EvalException {
    List<LetterScore> scores = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Path goldFile : xmlFiles(goldDir)) {
      LetterParts gold = reader.read(goldFile, baseName(goldFile));
      Optional<Path> predFile = predicted(predDir, gold.id());
      Optional<LetterParts> pred = Optional.empty();
      if (predFile.isPresent()) {
        pred = Optional.of(reader.read(predFile.get(), gold.id()));
      } else {
        missing.add(gold.id());
      }
      scores.add(LetterScore.of(gold, pred));
    }
    scores.sort(Comparator.comparing(LetterScore::id));
    return new EvalReport(scores, missing.stream().sorted().toList());
  }

  private static Optional<Path> predicted(Path predDir, String id) {
    return Stream.of(predDir.resolve("tei").resolve(id + ".xml"), predDir.resolve(id + ".xml"))
        .filter(Files::isRegularFile)
        .findFirst();
  }

  private static List<Path> xmlFiles(Path dir) throws EvalException {
    if (!Files.isDirectory(dir)) {
      throw new EvalException(dir + ": not a folder");
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".xml"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new EvalException(dir + ": cannot list: " + e.getMessage(), e);
    }
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".xml".length());
  }
}
