package org.epistola.eval;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.epistola.cli.Main;
import org.epistola.model.BBox;
import org.epistola.model.Document;
import org.epistola.model.Line;
import org.epistola.model.Page;
import org.epistola.model.PageImage;
import org.epistola.model.SourceKind;
import org.epistola.model.TextSource;
import org.epistola.model.Word;
import org.epistola.ocr.OcrEngine;
import org.epistola.model.ConfidenceThreshold;
import org.epistola.ocr.OcrSettings;
import org.epistola.ocr.TesseractEngine;
import org.epistola.preprocess.PagePreparer;
import org.epistola.preprocess.PreprocessSettings;
import org.epistola.structure.LetterAnalyzer;
import org.epistola.synth.GoldTeiWriter;
import org.epistola.synth.LetterText;
import org.epistola.synth.SampleWriter;
import org.epistola.tei.Provenance;
import org.epistola.tei.TeiWriter;

/**
 * Runs the development corpus: types each letter file as page images, writes its gold TEI from
 * the letter text, and recognises the pages with real Tesseract (one engine per worker thread)
 * into predicted TEI. With a cache folder, the OCR lines of each page are kept and reused, so that
 * structure changes can be measured again in seconds.
 */
final class CorpusRun {

  /** The folders of one run: gold TEI, predicted TEI, and the typed page images per letter. */
  record Folders(Path gold, Path pred, Path scans) {}

  private static final int WORKERS = 2;

  private CorpusRun() {}

  /** The letter files of a folder, sorted by name. */
  static List<Path> letterFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
  }

  static String idOf(Path letterFile) {
    String name = letterFile.getFileName().toString();
    return name.substring(0, name.length() - ".txt".length());
  }

  /** Types the letters and writes their gold TEI under {@code work}. */
  static Folders prepare(List<Path> letters, Path work) throws Exception {
    Folders folders = new Folders(work.resolve("gold"), work.resolve("pred"), work.resolve("scans"));
    Files.createDirectories(folders.gold());
    Files.createDirectories(folders.pred());
    for (Path file : letters) {
      LetterText letter = LetterText.read(file);
      String id = idOf(file);
      SampleWriter.forLetter(letter).writePages(letter, id, folders.scans());
      try (OutputStream out = Files.newOutputStream(folders.gold().resolve(id + ".xml"))) {
        new GoldTeiWriter().write(letter, id, out);
      }
    }
    return folders;
  }

  /**
   * Recognises the document folders (page-N.png) {@code ids} under {@code scans} into TEI files
   * in {@code pred}: by default with the product's own {@code run} (cleaning, OCR with its word
   * repairs, structure, TEI). Given a cache folder, for quick rounds of structure tuning, the pages
   * are read without the cleaning (they are straight renderings) and their OCR lines are kept
   * there and reused.
   */
  static void recognise(Path scans, List<String> ids, Path pred, Optional<Path> cache) throws Exception {
    if (cache.isEmpty()) {
      runProduct(scans, ids, pred);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int w = 0; w < WORKERS; w++) {
        List<String> share = new ArrayList<>();
        for (int i = w; i < ids.size(); i += WORKERS) {
          share.add(ids.get(i));
        }
        done.add(pool.submit(() -> {
          worker(scans, share, pred, cache);
          return null;
        }));
      }
      for (Future<Void> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static void runProduct(Path scans, List<String> ids, Path pred) throws IOException {
    Path out = pred.resolveSibling(pred.getFileName() + "-run");
    List<String> args = new ArrayList<>(List.of("run", "--out", out.toString(), "--jobs", "2", "--quiet"));
    ids.forEach(id -> args.add(scans.resolve(id).toString()));
    int status = Main.commandLine().execute(args.toArray(String[]::new));
    // 1 says some letter failed or came out invalid: the scores and the validity test tell which.
    if (status > 1) {
      throw new IllegalStateException("digitize run ended with status " + status + " on " + scans);
    }
    for (String id : ids) {
      Path tei = out.resolve("tei").resolve(id + ".xml");
      if (Files.isRegularFile(tei)) {
        Files.copy(tei, pred.resolve(id + ".xml"), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void worker(Path scans, List<String> ids, Path pred, Optional<Path> cache) throws Exception {
    OcrSettings settings = new OcrSettings(OcrSettings.defaultTessdata(), "eng", 3);
    LetterAnalyzer analyzer = new LetterAnalyzer();
    TeiWriter writer = new TeiWriter(ConfidenceThreshold.DEFAULT);
    OcrEngine engine = null;
    try {
      for (String id : ids) {
        List<Page> pages = new ArrayList<>();
        List<Path> images = pageImages(scans.resolve(id));
        for (int n = 1; n <= images.size(); n++) {
          Path image = images.get(n - 1);
          Optional<Path> cached = cache.map(dir -> dir.resolve(id + "-" + image.getFileName() + ".json"));
          List<Line> lines;
          if (cached.isPresent() && Files.isRegularFile(cached.get())) {
            lines = readLines(cached.get());
          } else {
            if (engine == null) {
              engine = new TesseractEngine(settings);
            }
            BufferedImage pixels = ImageIO.read(image.toFile());
            // The corpus pages are straight 300 dpi renderings: grey conversion only, as tuned.
            lines = engine.recognize(
                new PagePreparer(PreprocessSettings.none()).prepare(pixels, 300, image.toString()).image(), 300);
            if (cached.isPresent()) {
              Files.createDirectories(cached.get().getParent());
              writeLines(lines, cached.get());
            }
          }
          pages.add(new Page(n, new PageImage(image, 2550, 3300, 300), TextSource.OCR, lines));
        }
        Document document = new Document(id, scans.resolve(id), SourceKind.IMAGE_FOLDER, pages);
        Provenance provenance = new Provenance("0.1.0", Optional.of("5.3.0"), "eng", Optional.empty());
        writer.write(document, analyzer.analyze(pages), provenance, pred.resolve(id + ".xml"));
      }
    } finally {
      if (engine != null) {
        engine.close();
      }
    }
  }

  /**
   * The cache format: one text line per OCR line, its box "x y w h", then words as
   * "x y w h confidence text", followed by " ocrReading" for a repaired word, joined by tabs.
   */
  private static void writeLines(List<Line> lines, Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (Line line : lines) {
      List<String> words = new ArrayList<>();
      words.add(line.box().x() + " " + line.box().y() + " " + line.box().width() + " " + line.box().height());
      for (Word w : line.words()) {
        words.add(w.box().x() + " " + w.box().y() + " " + w.box().width() + " " + w.box().height() + " "
            + w.confidence().orElse(-1.0) + " " + w.text()
            + w.ocrReading().map(read -> " " + read).orElse(""));
      }
      out.add(String.join("\t", words));
    }
    Files.write(file, out);
  }

  private static List<Line> readLines(Path file) throws IOException {
    List<Line> lines = new ArrayList<>();
    for (String row : Files.readAllLines(file)) {
      List<Word> words = new ArrayList<>();
      String[] fields = row.split("\t");
      String[] b = fields[0].split(" ");
      for (String w : java.util.Arrays.copyOfRange(fields, 1, fields.length)) {
        String[] f = w.split(" ", 7);
        double confidence = Double.parseDouble(f[4]);
        words.add(new Word(f[5], new BBox(Integer.parseInt(f[0]), Integer.parseInt(f[1]),
            Integer.parseInt(f[2]), Integer.parseInt(f[3])),
            confidence < 0 ? Optional.empty() : Optional.of(confidence),
            f.length > 6 ? Optional.of(f[6]) : Optional.empty()));
      }
      lines.add(new Line(words, new BBox(Integer.parseInt(b[0]), Integer.parseInt(b[1]),
          Integer.parseInt(b[2]), Integer.parseInt(b[3]))));
    }
    return lines;
  }

  private static List<Path> pageImages(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().matches("page-\\d+\\.png"))
          .sorted((a, b) -> Integer.compare(number(a), number(b)))
          .toList();
    }
  }

  private static int number(Path page) {
    return Integer.parseInt(page.getFileName().toString().replaceAll("\\D", ""));
  }
}
