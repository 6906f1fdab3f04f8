package org.epistola.tei;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.epistola.model.Document;
import org.epistola.structure.Letter;

/** Writes the teiHeader: title, source, the applications that made the text, correspondence. */
final class HeaderWriter {

  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_YEAR =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  /** The xml:id of Epistola's own application entry, which automatic changes point to. */
  static final String PIPELINE_ID = "epistola";

  private final XmlOut out;

  HeaderWriter(XmlOut out) {
    this.out = out;
  }

  void write(Document document, Letter letter, Provenance provenance, String sourceUrl)
      throws XMLStreamException {
    out.open("teiHeader");
    out.open("fileDesc");
    out.open("titleStmt");
    out.element("title", title(document, letter));
    out.close();
    out.open("publicationStmt");
    out.element("p", "Machine transcription by Epistola " + provenance.pipelineVersion()
        + ", not proofread.");
    out.close();
    out.open("sourceDesc");
    out.open("bibl");
    out.openInline("ref").attr("target", sourceUrl).text(document.source().getFileName().toString()).closeInline();
    int pages = document.pages().size();
    out.text(" (" + document.kind().label() + ", " + pages + (pages == 1 ? " page)" : " pages)"));
    out.closeInline();
    out.close();
    out.close();
    writeEncodingDesc(provenance);
    writeProfileDesc(letter);
    out.close();
  }

  private void writeEncodingDesc(Provenance provenance) throws XMLStreamException {
    out.open("encodingDesc");
    out.open("appInfo");
    if (provenance.tesseractVersion().isPresent()) {
      application("tesseract", provenance.tesseractVersion().get(),
          "Tesseract OCR (" + provenance.ocrLanguage() + ")");
    }
    if (provenance.pdfboxVersion().isPresent()) {
      application("pdfbox", provenance.pdfboxVersion().get(), "Apache PDFBox (PDF text layer)");
    }
    out.open("application").id(PIPELINE_ID);
    applicationContent(PIPELINE_ID, provenance.pipelineVersion(), "Epistola");
    out.close();
    out.close();
  }

  private void application(String ident, String version, String label) throws XMLStreamException {
    out.open("application");
    applicationContent(ident, version, label);
  }

  /** The attributes and label of the application element just opened; closes it. */
  private void applicationContent(String ident, String version, String label)
      throws XMLStreamException {
    out.attr("ident", ident).attr("version", version);
    out.element("label", label);
    out.close();
  }

  private void writeProfileDesc(Letter letter) throws XMLStreamException {
    boolean sent = letter.sender().isPresent() || letter.place().isPresent() || letter.when().isPresent();
    if (!sent && letter.recipient().isEmpty()) {
      return;
    }
    out.open("profileDesc");
    out.open("correspDesc");
    if (sent) {
      out.open("correspAction").attr("type", "sent");
      if (letter.sender().isPresent()) {
        out.element("persName", letter.sender().get());
      }
      if (letter.place().isPresent()) {
        out.element("placeName", letter.place().get());
      }
      if (letter.when().isPresent()) {
        out.empty("date").attr("when", letter.when().get());
      }
      out.close();
    }
    if (letter.recipient().isPresent()) {
      out.open("correspAction").attr("type", "received");
      out.element("persName", letter.recipient().get());
      out.close();
    }
    out.close();
    out.close();
  }

  /** "Letter from X to Y, 18 April 1961", with whatever of these is known. */
  static String title(Document document, Letter letter) {
    StringBuilder title = new StringBuilder("Letter");
    letter.sender().ifPresent(name -> title.append(" from ").append(name));
    letter.recipient().ifPresent(name -> title.append(" to ").append(name));
    Optional<String> date = letter.when().flatMap(HeaderWriter::readableDate);
    date.ifPresent(text -> title.append(", ").append(text));
    if (letter.sender().isEmpty() && letter.recipient().isEmpty() && date.isEmpty()) {
      title.append(" ").append(document.id());
    }
    return title.toString();
  }

  private static Optional<String> readableDate(String when) {
    if (when.length() == 10) {
      return Optional.of(LocalDate.parse(when).format(DAY_MONTH_YEAR));
    }
    if (when.length() == 7) {
      return Optional.of(YearMonth.parse(when).format(MONTH_YEAR));
    }
    return Optional.of(when);
  }
}
