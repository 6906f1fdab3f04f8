package org.epistola.validate;

import java.util.Locale;
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

    static void check(String location) throws SAXException {
        if (!isLocal(location)) {
            throw new SAXException(location + " is not fetched: schemas and entities are read from local files only");
        }
    }
}
