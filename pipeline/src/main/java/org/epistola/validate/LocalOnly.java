package org.epistola.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.trans.XPathException;
import org.xml.sax.SAXException;

/** Refuses locations outside the local file system: validation never touches the network. */
final class LocalOnly {

    private LocalOnly() {
    }

    /** True for {@code file:} and {@code jar:file:} locations (and relative ones). */
    static boolean isLocal(String location) {
        if (location == null) {
            return true;
        }
        String lower = location.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("file:") || lower.startsWith("jar:file:") || !lower.matches("^[a-z][a-z0-9+.-]*:.*");
    }

    /**
     * A Saxon resolver that refuses remote documents (Schematron includes, {@code document()}
     * calls in rules) and leaves local ones to Saxon.
     */
    static ResourceResolver saxonResolver() {
        return request -> {
            if (request.uriIsNamespace || request.uri == null) {
                return null;
            }
            String location = request.uri;
            try {
                if (request.baseUri != null) {
                    location = new URI(request.baseUri).resolve(new URI(request.uri)).toString();
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                location = request.uri;
            }
            if (!isLocal(location)) {
                throw new XPathException(location + " is not fetched: schemas and documents are read from local files only");
            }
            return null;
        };
    }

    static void check(String location) throws SAXException {
        if (!isLocal(location)) {
            throw new SAXException(location + " is not fetched: schemas and entities are read from local files only");
        }
    }
}
