package org.epistola.validate;

import java.util.Objects;
import java.util.Optional;

/**
 * A schema compiled for a run: a grammar, Schematron rules, or both (a RELAX NG schema with
 * embedded Schematron). Thread-safe.
 *
 * @param ref     where the schema came from
 * @param grammar the structural part (RELAX NG or XSD)
 * @param rules   the Schematron part
 */
public record CompiledSchema(SchemaRef ref, Optional<Grammar> grammar, Optional<SchematronRules> rules) {

    public CompiledSchema {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(grammar, "grammar");
        Objects.requireNonNull(rules, "rules");
    }
}
