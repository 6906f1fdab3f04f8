package org.epistola.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each Schematron rule has a passing and a failing fixture under validate/. */
class SchematronRulesTest {

    static final List<String> RULE_IDS = List.of(
            "letter-has-salute", "letter-has-signed", "signed-has-persName",
            "date-when-iso", "date-when-matches-text",
            "facs-points-to-zone", "facs-zone-on-current-page", "pb-n-in-order",
            "zone-coordinates-ordered", "zone-inside-surface",
            "graphic-size-matches-surface", "surface-has-pb",
            "sent-action-present", "sent-date-matches-dateline", "corr-resp-resolves");

    private static final String MARKER = "<!-- expected finding -->";

    private static Processor processor;
    private static TeiValidator validator;

    @BeforeAll
    static void compile() throws ValidationException {
        processor = new Processor(false);
        validator = TeiValidator.projectSchema(processor);
    }

    static Stream<String> ruleIds() {
        return RULE_IDS.stream();
    }

    @Test
    void everyRuleInTheSchemaIsTested() throws Exception {
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("sch", "http://purl.oclc.org/dsdl/schematron");
        Set<String> declared = new TreeSet<>();
        for (XdmItem id : xpath.evaluate("//(sch:assert | sch:report)/@id",
                processor.newDocumentBuilder().build(Fixtures.resource(TeiValidator.SCHEMATRON_RESOURCE).toFile()))) {
            declared.add(id.getStringValue());
        }
        assertEquals(new TreeSet<>(RULE_IDS), declared);
    }

    @ParameterizedTest(name = "{0}.pass")
    @MethodSource("ruleIds")
    void passingFixtureIsClean(String ruleId) {
        ValidationReport report = validator.validate(Fixtures.resource("validate/" + ruleId + ".pass.xml"));
        assertEquals(List.of(), report.diagnostics().stream().map(Diagnostic::format).toList());
        assertTrue(report.isValid());
    }

    @ParameterizedTest(name = "{0}.fail")
    @MethodSource("ruleIds")
    void failingFixtureYieldsExactlyThatRule(String ruleId) throws Exception {
        Path file = Fixtures.resource("validate/" + ruleId + ".fail.xml");
        ValidationReport report = validator.validate(file);
        List<Diagnostic> diagnostics = report.diagnostics();
        String all = diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
        // The failing fixtures are valid RELAX NG: only the rule under test fires, exactly once.
        assertEquals(1, diagnostics.size(), all);
        Diagnostic finding = diagnostics.get(0);
        assertEquals(Optional.of(ruleId), finding.ruleId(), all);
        int expectedLine = Fixtures.lineOf(file, MARKER);
        assertTrue(expectedLine > 0, "fixture lacks the marker comment");
        assertEquals(expectedLine, finding.line(), all);
        assertTrue(finding.column() > 0, all);
        assertTrue(finding.location().orElseThrow().startsWith("/tei:TEI[1]"), all);
        assertTrue(!finding.message().isBlank(), all);
        Severity expected = Files.readString(Fixtures.resource(TeiValidator.SCHEMATRON_RESOURCE))
                .contains("id=\"" + ruleId + "\" role=\"warning\"") ? Severity.WARNING : Severity.ERROR;
        assertEquals(expected, finding.severity(), all);
        assertEquals(expected == Severity.ERROR, !report.isValid());
    }

    @Test
    void sampleAndVariantsAreValid() {
        for (String name : List.of("fixtures/letter-sample.xml", "validate/letter-variants.xml")) {
            ValidationReport report = validator.validate(Fixtures.resource(name));
            assertEquals(List.of(), report.diagnostics().stream().map(Diagnostic::format).toList(), name);
        }
    }

    @Test
    void schematronRulesCanBeUsedOnTheirOwn() throws ValidationException {
        SchematronRules rules = SchematronRules.compile(processor,
                SchematronRulesTest.class.getClassLoader().getResource(TeiValidator.SCHEMATRON_RESOURCE));
        List<Diagnostic> found = rules.validate(Fixtures.resource("validate/pb-n-in-order.fail.xml"));
        assertEquals(List.of(Optional.of("pb-n-in-order")), found.stream().map(Diagnostic::ruleId).toList());
    }

    @Test
    void validatorIsSafeToShareBetweenThreads() {
        List<Path> files = RULE_IDS.stream().map(id -> Fixtures.resource("validate/" + id + ".fail.xml")).toList();
        List<List<String>> sequential = files.stream().map(f -> formatted(validator.validate(f))).toList();
        for (int round = 0; round < 3; round++) {
            List<List<String>> parallel = files.parallelStream().map(f -> formatted(validator.validate(f))).toList();
            assertEquals(sequential, parallel);
        }
    }

    private static List<String> formatted(ValidationReport report) {
        return report.diagnostics().stream().map(Diagnostic::format).toList();
    }
}
