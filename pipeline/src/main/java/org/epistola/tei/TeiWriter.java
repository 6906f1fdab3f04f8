package org.epistola.tei;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.epistola.io.AtomicFile;
import org.epistola.model.ConfidenceThreshold;
import org.epistola.model.Document;
import org.epistola.model.Page;
import org.epistola.structure.Letter;
import org.epistola.structure.LetterLine;
import org.epistola.structure.LetterPart;

/**
 * Writes a recognised letter as a TEI P5 document with StAX: header, facsimile, and the letter's
 * text linked line by line to the facsimile zones, OCR'd words below the confidence threshold
 * marked as {@code unclear}. The file appears complete or not at all.
 */
public final class TeiWriter {

  private final XMLOutputFactory factory = XMLOutputFactory.newFactory();
  private final ConfidenceThreshold threshold;

  public TeiWriter(ConfidenceThreshold threshold) {
    this.threshold = threshold;
  }

  public void write(Document document, Letter letter, Provenance provenance, Path teiFile)
      throws IOException {
    Path teiDir = teiFile.toAbsolutePath().normalize().getParent();
    AtomicFile.write(
        teiFile,
        stream -> {
          XMLStreamWriter xml = factory.createXMLStreamWriter(stream, "UTF-8");
          try {
            write(xml, document, letter, provenance, teiDir);
          } finally {
            xml.close();
          }
        });
  }

  private void write(
      XMLStreamWriter xml, Document document, Letter letter, Provenance provenance, Path teiDir)
      throws XMLStreamException {
    XmlOut out = new XmlOut(xml);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.setDefaultNamespace(XmlOut.TEI_NS);
    xml.writeStartElement(XmlOut.TEI_NS, "TEI");
    xml.writeDefaultNamespace(XmlOut.TEI_NS);
    out.id(Ids.document(document.id()));
    new HeaderWriter(out).write(document, letter, provenance, relativeUrl(teiDir, document.source()));
    new FacsimileWriter(out)
        .write(document.pages(), allLines(letter), page -> relativeUrl(teiDir, page.image().file()));
    new BodyWriter(out, letter, document.pages().stream().map(Page::number).toList(), threshold)
        .write();
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
  }

  private static List<LetterLine> allLines(Letter letter) {
    List<LetterLine> lines = new ArrayList<>(letter.furniture());
    for (LetterPart part : letter.parts()) {
      lines.addAll(part.lines());
    }
    return lines;
  }

  /** A URI reference to {@code target} that resolves from the TEI file's folder. */
  static String relativeUrl(Path teiDir, Path target) {
    Path relative = teiDir.relativize(target.toAbsolutePath().normalize());
    String path = relative.toString().replace(java.io.File.separatorChar, '/');
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(target + ": cannot be written as a URI: " + e.getMessage(), e);
    }
  }
}
