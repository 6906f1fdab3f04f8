package org.epistola.validate;

import org.epistola.io.SafeXmlReaders;
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

    /** A new reader that refuses any DOCTYPE; take one per parse. */
    static XMLReader newReader() {
        return SafeXmlReaders.newReader(SafeXmlReaders.Doctype.REFUSE);
    }
}
