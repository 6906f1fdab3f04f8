package org.epistola.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
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

    static List<Path> fixtures() {
        return Fixtures.allXml();
    }

    @Test
    void sampleIsValidAgainstBothSchemas() {
        assertEquals(List.of(), formatted(letter.validate(Fixtures.sample())));
        assertEquals(List.of(), formatted(teiAll.validate(Fixtures.sample())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void validAgainstLetterSchemaImpliesValidAgainstTeiAll(Path fixture) {
        assumeTrue(letter.validate(fixture).isEmpty(), "not valid against tei-letter.rng");
        assertEquals(List.of(), formatted(teiAll.validate(fixture)));
    }

    private static List<String> formatted(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).toList();
    }
}
