package org.epistola.synth;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the gold TEI of a letter from its letter text: the same shape as the pipeline's TEI
 * (letterhead as {@code fw}, title as {@code head}, opener, paragraphs, closer, postscript; a
 * dateline typed at the foot stands in the closer after the signature) but
 * from the known text, without facsimile or line breaks inside paragraphs. The date's
 * {@code @when} is the letter file's {@code when}, and absent without it.
 */
public final class GoldTeiWriter {

  private static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

  public void write(LetterText letter, String id, OutputStream stream) throws SynthException {
    try {
      XMLStreamWriter xml = factory.createXMLStreamWriter(stream, "UTF-8");
      try {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(TEI_NS);
        xml.writeStartElement(TEI_NS, "TEI");
        xml.writeDefaultNamespace(TEI_NS);
        xml.writeAttribute("xml", XML_NS, "id", id);
        header(xml, letter, id);
        xml.writeStartElement(TEI_NS, "text");
        xml.writeStartElement(TEI_NS, "body");
        xml.writeStartElement(TEI_NS, "div");
        xml.writeAttribute("type", "letter");
        body(xml, letter);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new SynthException(id + ": cannot write gold TEI: " + e.getMessage(), e);
    }
  }

  private static void header(XMLStreamWriter xml, LetterText letter, String id)
      throws XMLStreamException {
    xml.writeStartElement(TEI_NS, "teiHeader");
    xml.writeStartElement(TEI_NS, "fileDesc");
    xml.writeStartElement(TEI_NS, "titleStmt");
    element(xml, "title", "Gold transcription of " + id);
    xml.writeEndElement();
    xml.writeStartElement(TEI_NS, "publicationStmt");
    element(xml, "p", "Generated from the letter text by the Epistola sample generator.");
    xml.writeEndElement();
    xml.writeStartElement(TEI_NS, "sourceDesc");
    element(xml, "p", "Letter text " + id + ".txt");
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void body(XMLStreamWriter xml, LetterText letter) throws XMLStreamException {
    LetterText.Extras extras = letter.extras();
    for (String line : extras.letterhead()) {
      xml.writeStartElement(TEI_NS, "fw");
      xml.writeAttribute("type", "letterhead");
      xml.writeCharacters(line);
      xml.writeEndElement();
    }
    if (letter.title().isPresent()) {
      element(xml, "head", letter.title().get());
    }
    xml.writeStartElement(TEI_NS, "opener");
    if (letter.author().isPresent()) {
      element(xml, "byline", letter.author().get());
    }
    address(xml, letter.senderAddress());
    boolean dateAtFoot = extras.datePosition() == LetterText.DatePosition.FOOT;
    if (letter.date().isPresent() && !dateAtFoot) {
      dateline(xml, letter.date().get(), extras.when());
    }
    address(xml, letter.address());
    if (extras.subject().isPresent()) {
      xml.writeStartElement(TEI_NS, "argument");
      element(xml, "p", extras.subject().get());
      xml.writeEndElement();
    }
    element(xml, "salute", letter.salutation());
    xml.writeEndElement();
    for (String paragraph : letter.paragraphs()) {
      element(xml, "p", paragraph);
    }
    xml.writeStartElement(TEI_NS, "closer");
    if (letter.close().isPresent()) {
      lines(xml, "salute", letter.closeLines());
    }
    xml.writeStartElement(TEI_NS, "signed");
    if (extras.signatureFor().isPresent()) {
      xml.writeCharacters(extras.signatureFor().get() + " ");
    }
    String signature = letter.signature();
    String mark = signature.replaceFirst("^(\\((?:[Ss]gd|[Ss]igned)\\.?\\)\\s*)?.*$", "$1");
    xml.writeCharacters(mark);
    element(xml, "persName", signature.substring(mark.length()));
    for (String title : letter.signatureTitle()) {
      xml.writeEmptyElement(TEI_NS, "lb");
      xml.writeCharacters(title);
    }
    xml.writeEndElement();
    if (letter.date().isPresent() && dateAtFoot) {
      dateline(xml, letter.date().get(), extras.when());
    }
    if (letter.addressee().isPresent()) {
      address(xml, List.of(letter.addressee().get()));
    }
    for (String note : extras.notes()) {
      xml.writeStartElement(TEI_NS, "note");
      xml.writeAttribute("type", noteType(note));
      xml.writeCharacters(note);
      xml.writeEndElement();
    }
    xml.writeEndElement();
    if (letter.postscript().isPresent()) {
      xml.writeStartElement(TEI_NS, "postscript");
      element(xml, "p", letter.postscript().get());
      xml.writeEndElement();
    }
  }

  /** "copies" for copy notes (cc:, Copy to), "reference" for typists' initials, else "enclosure". */
  static String noteType(String note) {
    String lower = note.toLowerCase(Locale.ROOT);
    if (lower.matches("^(?:b?cc\\b|c\\.\\s?c\\.|cop(?:y|ies)\\b).*")) {
      return "copies";
    }
    return note.matches("\\p{Lu}{2,4}\\s?[:/]\\s?\\p{Ll}{2,3}") ? "reference" : "enclosure";
  }

  private static void dateline(XMLStreamWriter xml, String text, Optional<String> when)
      throws XMLStreamException {
    xml.writeStartElement(TEI_NS, "dateline");
    xml.writeStartElement(TEI_NS, "date");
    if (when.isPresent()) {
      xml.writeAttribute("when", when.get());
    }
    xml.writeCharacters(text);
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void address(XMLStreamWriter xml, List<String> lines) throws XMLStreamException {
    if (lines.isEmpty()) {
      return;
    }
    xml.writeStartElement(TEI_NS, "address");
    for (String line : lines) {
      element(xml, "addrLine", line);
    }
    xml.writeEndElement();
  }

  private static void lines(XMLStreamWriter xml, String name, List<String> lines)
      throws XMLStreamException {
    xml.writeStartElement(TEI_NS, name);
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        xml.writeEmptyElement(TEI_NS, "lb");
      }
      xml.writeCharacters(lines.get(i));
    }
    xml.writeEndElement();
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(TEI_NS, name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }
}
