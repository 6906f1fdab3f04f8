package org.epistola.tei;

import java.nio.file.Path;
import java.util.List;
import org.epistola.model.Document;
import org.epistola.model.Line;
import org.epistola.model.Page;
import org.epistola.model.PageImage;
import org.epistola.model.SourceKind;
import org.epistola.model.TextSource;
import org.epistola.structure.Letter;
import org.epistola.structure.LetterLine;

/** A one-page OCR'd document holding exactly the lines of a letter, for tests of the TEI writer. */
final class OnePageDocuments {

  private OnePageDocuments() {}

  /** The document of {@code letter}, its page a 300 dpi letter-size image in {@code dir}. */
  static Document of(Letter letter, Path dir) {
    PageImage image = new PageImage(dir.resolve("page-1.png"), 2550, 3300, 300);
    List<Line> lines = letter.parts().stream()
        .flatMap(part -> part.lines().stream()).map(LetterLine::line).toList();
    return new Document("letter", dir.resolve("letter.png"), SourceKind.IMAGE,
        List.of(new Page(1, image, TextSource.OCR, lines)));
  }
}
