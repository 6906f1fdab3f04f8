package org.epistola.tei;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over StAX for writing TEI: elements in the TEI namespace, and indentation between
 * block-level elements only, so that whitespace inside mixed content is exactly what is written.
 */
final class XmlOut {

  static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  private final XMLStreamWriter xml;
  private int depth;

  XmlOut(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /** Opens a block element on a new, indented line. */
  XmlOut open(String name) throws XMLStreamException {
    newline();
    xml.writeStartElement(TEI_NS, name);
    depth++;
    return this;
  }

  /** Opens an element inline, inside mixed content. */
  XmlOut openInline(String name) throws XMLStreamException {
    xml.writeStartElement(TEI_NS, name);
    depth++;
    return this;
  }

  /** Writes an empty block element on a new line. */
  XmlOut empty(String name) throws XMLStreamException {
    newline();
    xml.writeEmptyElement(TEI_NS, name);
    return this;
  }

  /** Writes an empty element inline. */
  XmlOut emptyInline(String name) throws XMLStreamException {
    xml.writeEmptyElement(TEI_NS, name);
    return this;
  }

  XmlOut attr(String name, String value) throws XMLStreamException {
    xml.writeAttribute(name, value);
    return this;
  }

  XmlOut attr(String name, long value) throws XMLStreamException {
    return attr(name, Long.toString(value));
  }

  XmlOut id(String value) throws XMLStreamException {
    xml.writeAttribute("xml", XML_NS, "id", value);
    return this;
  }

  XmlOut text(String text) throws XMLStreamException {
    xml.writeCharacters(text);
    return this;
  }

  /** Closes a block element, putting its end tag on its own line. */
  void close() throws XMLStreamException {
    depth--;
    newline();
    xml.writeEndElement();
  }

  /** Closes an element right after its content. */
  void closeInline() throws XMLStreamException {
    depth--;
    xml.writeEndElement();
  }

  /** A block element holding only text. */
  void element(String name, String text) throws XMLStreamException {
    open(name).text(text).closeInline();
  }

  private void newline() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
