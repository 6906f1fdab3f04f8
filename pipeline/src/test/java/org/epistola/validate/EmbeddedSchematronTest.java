package org.epistola.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Optional;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.epistola.testing.ProjectPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Schematron carried inside RELAX NG schemas: a small one and TEI's tei_all.rng. */
class EmbeddedSchematronTest {

    private static Processor processor;
    private static EmbeddedSchematron embedded;
    private static XPathCompiler xpath;

    @BeforeAll
    static void load() throws ValidationException {
        processor = new Processor(false);
        embedded = EmbeddedSchematron.load(processor);
        xpath = processor.newXPathCompiler();
        xpath.declareNamespace("sch", SchemaKind.SCHEMATRON_NS);
    }

    private static String eval(String expression, XdmNode node) throws Exception {
        return xpath.evaluateSingle(expression, node).getStringValue();
    }

    @Test
    void patternsAndNamespacesOfASmallSchemaAreCollected() throws Exception {
        XdmNode schema = embedded.extract(Fixtures.resource("models/schemas/note-embedded.rng").toUri().toURL())
                .orElseThrow();
        assertEquals("xslt2", eval("/sch:schema/@queryBinding", schema));
        assertEquals("ids info", eval("string-join(/sch:schema/sch:pattern/@id, ' ')", schema));
        assertEquals("n", eval("string-join(/sch:schema/sch:ns/@prefix, ' ')", schema));
    }

    @Test
    void aSchemaWithoutSchematronYieldsNothing() throws Exception {
        assertEquals(Optional.empty(), embedded.extract(Fixtures.resource("models/schemas/note.rng").toUri().toURL()));
    }

    @Test
    void teiAllYieldsEveryEmbeddedPattern() throws Exception {
        URL teiAll = ProjectPaths.shared("tei/tei_all.rng").toUri().toURL();
        XdmNode extracted = embedded.extract(teiAll).orElseThrow();
        XdmNode reference = processor.newDocumentBuilder()
                .build(ProjectPaths.shared("tei/schematron/tei_all_embedded.sch").toFile());
        assertEquals(eval("count(//sch:pattern)", reference), eval("count(/sch:schema/sch:pattern)", extracted));
        assertEquals("93", eval("count(/sch:schema/sch:pattern)", extracted));
        assertEquals(eval("count(//sch:rule)", reference), eval("count(//sch:rule)", extracted));
        assertEquals(eval("string-join(sort(distinct-values(//sch:ns/@prefix)), ' ')", reference),
                eval("string-join(sort(/sch:schema/sch:ns/@prefix), ' ')", extracted));
    }

    @Test
    void teiAllRulesRunOnALetter() throws Exception {
        SchemaCache cache = new SchemaCache(processor, Optional.empty());
        SchemaRef teiAll = new SchemaRef(ProjectPaths.shared("tei/tei_all.rng").toUri().toURL(), SchemaKind.RELAX_NG);
        CompiledSchema compiled = cache.get(teiAll);
        assertTrue(compiled.grammar().isPresent() && compiled.rules().isPresent());
        List<Diagnostic> found = compiled.rules().get().validate(Fixtures.resource("golden/kennedy-1961-04-18.xml"));
        assertEquals(List.of(), found.stream().map(Diagnostic::format).toList());
    }
}
