package org.epistola.synth;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Developer command: types letter files as sample scans. Each {@code NAME.txt} becomes {@code
 * DIR/NAME/page-N.png}, {@code DIR/NAME-scan.pdf} and {@code DIR/NAME-digital.pdf}.
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

  public static void main(String[] args) {
    System.exit(new CommandLine(new GenerateSamples()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<Path> sorted = letters.stream().sorted(Comparator.comparing(Path::toString)).toList();
    try {
      for (Path letterFile : sorted) {
        LetterText letter = LetterText.read(letterFile);
        SampleFiles files = SampleWriter.forLetter(letter).write(letter, idOf(letterFile), out);
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

  private static String idOf(Path letterFile) {
    String name = letterFile.getFileName().toString();
    return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
  }
}
