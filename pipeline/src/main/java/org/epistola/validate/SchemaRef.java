package org.epistola.validate;

import java.net.URL;
import java.util.Objects;

/**
 * A schema to validate against: where it is and in which language. Used as the key of the
 * per-run schema cache, so equality is by URL text and kind ({@code URL.equals} would look
 * host names up on the network).
 *
 * @param url  the schema's location
 * @param kind its language
 */
public record SchemaRef(URL url, SchemaKind kind) {

    public SchemaRef {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchemaRef ref && ref.kind == kind
                && ref.url.toExternalForm().equals(url.toExternalForm());
    }

    @Override
    public int hashCode() {
        return Objects.hash(url.toExternalForm(), kind);
    }

    @Override
    public String toString() {
        return url.toExternalForm();
    }
}
