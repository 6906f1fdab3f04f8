package org.epistola.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.saxon.s9api.Processor;
import org.epistola.testing.ProjectPaths;
import org.epistola.validate.RelaxNgSchema;
import org.epistola.validate.TeiValidator;
import org.epistola.validate.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development corpus: every letter in {@code corpus/letters/} is typed, recognised by real
 * Tesseract and scored against the gold TEI written from its letter text. Every fourth letter by
 * name is held back from tuning; the targets must hold on the held-back letters and on the seed
 * letter's shipped scans. The tuning letters must hold them too, so a regression anywhere fails.
 *
 * <p>Set the system property {@code epistola.corpus.cache} to a folder to keep OCR results
 * between runs while tuning, and {@code epistola.corpus.out} to a folder to keep the typed pages,
 * the gold and the predicted TEI there.
 */
class CorpusEvaluationTest {

  static final double PART_F1 = 0.97;
  static final double DATE_ACCURACY = 0.97;
  static final double PARAGRAPH_F1 = 0.95;

  @TempDir static Path work;
  static EvalReport report;
  static EvalReport seed;
  static Set<String> heldBack;
  static CorpusRun.Folders folders;

  @BeforeAll
  static void runCorpus() throws Exception {
    Path letters = Path.of(CorpusEvaluationTest.class.getResource("/corpus/letters").toURI());
    List<Path> files = CorpusRun.letterFiles(letters);
    heldBack = heldBack(files);
    Path root = Optional.ofNullable(System.getProperty("epistola.corpus.out")).map(Path::of).orElse(work);
    folders = CorpusRun.prepare(files, root.resolve("corpus"));
    Optional<Path> cache = Optional.ofNullable(System.getProperty("epistola.corpus.cache")).map(Path::of);
    CorpusRun.recognise(folders.scans(), files.stream().map(CorpusRun::idOf).toList(), folders.pred(), cache);
    report = new Evaluator().evaluate(folders.gold(), folders.pred());

    Path seedLetter = ProjectPaths.root().resolve("pipeline/src/main/resources/synth/letters/kennedy-1961-04-18.txt");
    CorpusRun.Folders seedFolders = CorpusRun.prepare(List.of(seedLetter), work.resolve("seed"));
    CorpusRun.recognise(ProjectPaths.scans(), List.of("kennedy-1961-04-18"), seedFolders.pred(), Optional.empty());
    seed = new Evaluator().evaluate(seedFolders.gold(), seedFolders.pred());

    EvalReport tuning = report.only(id -> !heldBack.contains(id));
    EvalReport held = report.only(heldBack::contains);
    System.out.println("== tuning letters\n" + ReportFormat.table(tuning) + failures(tuning));
    System.out.println("== held-back letters " + heldBack + "\n" + ReportFormat.table(held) + failures(held));
    System.out.println("== seed letter scans\n" + ReportFormat.table(seed) + failures(seed));
  }

  /** Every fourth letter file by name (the 4th, 8th, ...). */
  static Set<String> heldBack(List<Path> files) {
    List<String> held = new ArrayList<>();
    for (int i = 3; i < files.size(); i += 4) {
      held.add(CorpusRun.idOf(files.get(i)));
    }
    return Set.copyOf(held);
  }

  @Test
  void corpusIsLargeAndEveryLetterIsRecognised() throws Exception {
    assertTrue(report.letters().size() >= 30, "letters: " + report.letters().size());
    assertEquals(List.of(), report.missing());
    assertTrue(heldBack.size() >= 7, "held back: " + heldBack);
    long multiPage;
    try (var dirs = Files.list(folders.scans())) {
      multiPage = dirs.filter(dir -> Files.exists(dir.resolve("page-2.png"))).count();
    }
    assertTrue(multiPage >= 4, "letters over more than one page: " + multiPage);
  }

  @Test
  void predictedTeiIsValidAndGoldTeiIsTeiP5() throws Exception {
    TeiValidator project = TeiValidator.projectSchema(new Processor(false));
    RelaxNgSchema teiAll = RelaxNgSchema.compile(ProjectPaths.shared("tei/tei_all.rng").toUri().toURL());
    List<String> problems = new ArrayList<>();
    for (LetterScore letter : report.letters()) {
      Path pred = folders.pred().resolve(letter.id() + ".xml");
      ValidationReport validation = project.validate(pred);
      if (!validation.isValid()) {
        problems.add(pred + ": " + validation.diagnostics());
      }
      teiAll.validate(pred).forEach(d -> problems.add(pred + ": " + d));
      teiAll.validate(folders.gold().resolve(letter.id() + ".xml")).forEach(d -> problems.add("gold " + d));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void heldBackLettersMeetTheTargets() {
    assertMeetsTargets(report.only(heldBack::contains), "held-back");
  }

  @Test
  void tuningLettersMeetTheTargets() {
    assertMeetsTargets(report.only(id -> !heldBack.contains(id)), "tuning");
  }

  @Test
  void seedLetterScansMeetTheTargets() {
    assertMeetsTargets(seed, "seed");
  }

  private static void assertMeetsTargets(EvalReport part, String name) {
    String table = name + "\n" + ReportFormat.table(part) + failures(part);
    assertTrue(part.allParts().f1() >= PART_F1, table);
    assertTrue(part.dateAccuracy() >= DATE_ACCURACY, table);
    assertTrue(part.boundaries().f1() >= PARAGRAPH_F1, table);
  }

  /** The letters and part kinds that missed, to see what went wrong. */
  private static String failures(EvalReport part) {
    return part.letters().stream()
        .flatMap(letter -> letter.parts().entrySet().stream()
            .filter(e -> e.getValue().matched() < Math.max(e.getValue().gold(), e.getValue().predicted()))
            .map(e -> letter.id() + " " + e.getKey().label() + " " + e.getValue()))
        .collect(Collectors.joining("\n"));
  }
}
