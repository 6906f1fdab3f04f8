package org.epistola.validate;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Parsers for untrusted documents: namespace-aware, no DTDs, no external entities. A document
 * with a DOCTYPE is rejected with a fatal error, so nothing outside the file is ever read.
 */
final class SecureXml {

    private SecureXml() {
    }

    /**
     * The message for a fatal parse error: a refused DOCTYPE says that DTDs and entities are never
     * read; anything else is "not well-formed".
     */
    static String fatalMessage(String parserMessage) {
        String message = String.valueOf(parserMessage);
        if (message.contains("DOCTYPE is disallowed")) {
            return "DOCTYPE is disallowed: external DTDs and entities are never fetched and DTDs are"
                    + " not read; remove the DOCTYPE declaration";
        }
        return "not well-formed: " + message;
    }

    /** A new reader; readers are not thread-safe, so take one per parse. */
    static XMLReader newReader() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The XML parser cannot be configured to refuse DTDs", e);
        }
    }
}
