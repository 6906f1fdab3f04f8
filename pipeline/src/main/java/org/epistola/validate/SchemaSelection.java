package org.epistola.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Which schemas a document is validated against: the ones its {@code <?xml-model?>}
 * instructions declare, else the ones given on the command line, else the project's own.
 *
 * @param given    schemas given by the user (may be empty)
 * @param fallback the project's schemas, used when neither document nor user names one
 */
public record SchemaSelection(List<SchemaRef> given, List<SchemaRef> fallback) {

    public SchemaSelection {
        given = List.copyOf(given);
        fallback = List.copyOf(fallback);
        if (fallback.isEmpty()) {
            throw new IllegalArgumentException("fallback schemas must not be empty");
        }
    }

    /** The schemas for {@code file}, grammars before Schematron, in declaration order. */
    public List<SchemaRef> schemasFor(Path file, XmlModel xmlModel) {
        Objects.requireNonNull(file, "file");
        List<SchemaRef> declared = xmlModel.schemasOf(file);
        List<SchemaRef> chosen = !declared.isEmpty() ? declared : !given.isEmpty() ? given : fallback;
        return chosen.stream().distinct()
                .sorted((a, b) -> Boolean.compare(!a.kind().isGrammar(), !b.kind().isGrammar()))
                .toList();
    }
}
