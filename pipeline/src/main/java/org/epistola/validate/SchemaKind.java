package org.epistola.validate;

import java.util.Locale;
import java.util.Optional;

/** The schema languages a document can be validated against. */
public enum SchemaKind {
    /** RELAX NG, XML syntax; Schematron embedded in it runs too. */
    RELAX_NG,
    /** RELAX NG, compact syntax. */
    RELAX_NG_COMPACT,
    /** W3C XML Schema. */
    XSD,
    /** ISO Schematron. */
    SCHEMATRON;

    static final String RELAX_NG_NS = "http://relaxng.org/ns/structure/1.0";
    static final String XSD_NS = "http://www.w3.org/2001/XMLSchema";
    static final String SCHEMATRON_NS = "http://purl.oclc.org/dsdl/schematron";

    /** True for the languages that check structure (and report a document that cannot be parsed). */
    public boolean isGrammar() {
        return this != SCHEMATRON;
    }

    /** The kind named by a file name's extension: .rng, .rnc, .xsd or .sch. */
    public static Optional<SchemaKind> fromFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int query = lower.indexOf('?');
        String path = query < 0 ? lower : lower.substring(0, query);
        if (path.endsWith(".rng")) {
            return Optional.of(RELAX_NG);
        }
        if (path.endsWith(".rnc")) {
            return Optional.of(RELAX_NG_COMPACT);
        }
        if (path.endsWith(".xsd")) {
            return Optional.of(XSD);
        }
        if (path.endsWith(".sch")) {
            return Optional.of(SCHEMATRON);
        }
        return Optional.empty();
    }

    /**
     * The kind an {@code xml-model} processing instruction declares: by {@code schematypens},
     * else by {@code type} (e.g. {@code application/relax-ng-compact-syntax}), else by the
     * extension of {@code href}.
     */
    public static Optional<SchemaKind> fromXmlModel(Optional<String> schematypens, Optional<String> type,
                                                    String href) {
        if (schematypens.isPresent()) {
            String ns = schematypens.get().trim();
            if (ns.equals(RELAX_NG_NS)) {
                return Optional.of(href.toLowerCase(Locale.ROOT).endsWith(".rnc") ? RELAX_NG_COMPACT : RELAX_NG);
            }
            if (ns.equals(XSD_NS)) {
                return Optional.of(XSD);
            }
            if (ns.equals(SCHEMATRON_NS) || ns.equals("http://www.ascc.net/xml/schematron")) {
                return Optional.of(SCHEMATRON);
            }
        }
        if (type.isPresent()) {
            String mime = type.get().trim().toLowerCase(Locale.ROOT);
            if (mime.contains("relax-ng-compact")) {
                return Optional.of(RELAX_NG_COMPACT);
            }
            if (mime.contains("relax-ng")) {
                return Optional.of(RELAX_NG);
            }
            if (mime.contains("schematron")) {
                return Optional.of(SCHEMATRON);
            }
        }
        return fromFileName(href);
    }
}
