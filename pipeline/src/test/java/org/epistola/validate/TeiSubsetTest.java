package org.epistola.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** tei-letter.rng is a subset of TEI P5: what it accepts, tei_all.rng accepts too. */
class TeiSubsetTest {

    private static RelaxNgSchema letter;
    private static RelaxNgSchema teiAll;

    @BeforeAll
    static void compile() throws ValidationException {
        letter = RelaxNgSchema.compile(TeiSubsetTest.class.getClassLoader().getResource(TeiValidator.RELAX_NG_RESOURCE));
        teiAll = RelaxNgSchema.compile(Fixtures.teiAll());
    }

    /** Render-stage fixtures with TEI the pipeline never writes (notes, external entities). */
    private static final Set<String> OUTSIDE_THE_SUBSET = Set.of(
            "letter-unknown-element.xml", "letter-external-entity.xml", "letter-features.xml",
            "letter-notes-anywhere.xml");

    static List<Path> fixtures() {
        return Fixtures.allXml();
    }

    @Test
    void sampleIsValidAgainstBothSchemas() {
        assertEquals(List.of(), formatted(letter.validate(Fixtures.sample())));
        assertEquals(List.of(), formatted(teiAll.validate(Fixtures.sample())));
    }

    /**
     * Every fixture is valid against both schemas, except those written to test other stages with
     * TEI outside the subset; those must stay outside it, so none is silently left unchecked.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void validAgainstLetterSchemaImpliesValidAgainstTeiAll(Path fixture) {
        boolean inSubset = letter.validate(fixture).isEmpty();
        if (OUTSIDE_THE_SUBSET.contains(fixture.getFileName().toString())) {
            assertFalse(inSubset, fixture + " is listed as outside the subset but validates");
        } else {
            assertEquals(List.of(), formatted(letter.validate(fixture)));
            assertEquals(List.of(), formatted(teiAll.validate(fixture)));
        }
    }

    private static List<String> formatted(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).toList();
    }
}
