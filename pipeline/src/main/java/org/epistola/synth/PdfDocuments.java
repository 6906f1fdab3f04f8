package org.epistola.synth;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** Document information shared by the sample PDFs. */
final class PdfDocuments {

  private PdfDocuments() {}

  /**
   * Sets the title and producer, and a document id derived from the title instead of the clock,
   * so that the same letter gives the same PDF.
   */
  static void describe(PDDocument doc, String title) {
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(title);
    info.setProducer("Epistola sample generator");
    doc.setDocumentInformation(info);
    CRC32 crc = new CRC32();
    crc.update(title.getBytes(StandardCharsets.UTF_8));
    doc.setDocumentId(crc.getValue());
  }
}
