package org.epistola.synth;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.epistola.io.AtomicFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Developer command: types letter files as sample scans. Each {@code NAME.txt} becomes {@code
 * DIR/NAME/page-N.png}, {@code DIR/NAME-scan.pdf} and {@code DIR/NAME-digital.pdf}; with {@code
 * --gold}, also the letter's gold TEI.
 *
 * <p>Exit codes: 0 all written, 1 a letter or font could not be read or a file written, 2 bad
 * arguments.
 */
@Command(
    name = "synth",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = "Type letter files as sample scans (PNG pages, image PDF, text PDF).")
public final class GenerateSamples implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "LETTER_FILE", description = "Letter text files.")
  private List<Path> letters = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  private Path out;

  @Option(names = "--ground-truth",
      description = "Also write DIR/NAME/page-N.gt.txt: the typed lines of each page, one a line.")
  private boolean groundTruth;

  @Option(names = "--gold", paramLabel = "GOLD_DIR",
      description = "Also write each letter's gold TEI as GOLD_DIR/NAME.xml (for digitize eval).")
  private Path gold;

  public static void main(String[] args) {
    System.exit(new CommandLine(new GenerateSamples()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<Path> sorted = letters.stream().sorted(Comparator.comparing(Path::toString)).toList();
    try {
      for (Path letterFile : sorted) {
        String id = idOf(letterFile);
        LetterText letter = LetterText.read(letterFile);
        SampleFiles files = SampleWriter.forLetter(letter).write(letter, id, out);
        if (groundTruth) {
          writeGroundTruth(files.pages(), out.resolve(id));
        }
        if (gold != null) {
          writeGold(letter, id);
        }
        spec.commandLine()
            .getOut()
            .println(letterFile + ": " + files.pages().size() + " pages -> " + files.digitalPdf());
      }
      return 0;
    } catch (SynthException e) {
      err.println("synth: " + e.getMessage());
      return 1;
    }
  }

  private static void writeGroundTruth(List<TypedPage> pages, Path dir) throws SynthException {
    for (TypedPage page : pages) {
      StringBuilder text = new StringBuilder();
      page.lines().forEach(line -> text.append(line.text()).append('\n'));
      byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      AtomicFiles.write(dir.resolve("page-" + page.number() + ".gt.txt"), o -> o.write(bytes));
    }
  }

  private void writeGold(LetterText letter, String id) throws SynthException {
    Path file = gold.resolve(id + ".xml");
    try {
      Files.createDirectories(gold);
      AtomicFile.write(file, stream -> new GoldTeiWriter().write(letter, id, stream));
    } catch (IOException e) {
      throw new SynthException(file + ": cannot write gold TEI: " + e.getMessage(), e);
    }
  }

  private static String idOf(Path letterFile) {
    String name = letterFile.getFileName().toString();
    return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
  }
}
