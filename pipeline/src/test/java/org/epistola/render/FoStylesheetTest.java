package org.epistola.render;

import static org.epistola.render.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The XSL-FO the print stylesheet writes, before FOP lays it out. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FoStylesheetTest {

    private final Processor processor = new Processor(false);
    private final XsltExecutable stylesheet;

    FoStylesheetTest() throws RenderException {
        stylesheet = Stylesheets.compile(processor, "xslt/tei-to-fo.xsl");
    }

    @Test
    void letterTypography() throws Exception {
        XdmNode fo = letter(Fixtures.SAMPLE);

        assertEquals(List.of("end"), strings(fo, "//fo:block[. = 'April 18, 1961']/@text-align"));
        assertEquals(List.of("end"), strings(fo, "//fo:block[. = 'JOHN F. KENNEDY']/@text-align"),
                "signature to the right");
        assertEquals(List.of("end"), strings(fo, "//fo:block[. = 'Sincerely yours,']/@text-align"),
                "closing to the right");
        assertEquals(List.of("3mm"), strings(fo, "//fo:block[. = 'Mr. Chairman:']/@space-before"));
        assertEquals(List.of("justify", "justify", "justify"),
                strings(fo, "//fo:flow//fo:block[@text-indent = '2em']/@text-align"));
        assertEquals(List.of("6mm"),
                strings(fo, "//fo:block[fo:block = 'P.S. A postscript line.']/@space-before"));
    }

    @Test
    void runningHeadOnlyAfterTheFirstPageAndPageTotalFromTheLastBlock() throws Exception {
        XdmNode fo = letter(Fixtures.SAMPLE);

        assertEquals(List.of("first-before"), strings(fo, "//fo:simple-page-master[@master-name = 'first-page']"
                + "/fo:region-before/@region-name"));
        assertEquals(List.of("John F. Kennedy to N. S. Khrushchev|April 18, 1961"),
                strings(fo, "string-join(//fo:static-content[@flow-name = 'xsl-region-before']//fo:inline, '|')"));
        String total = strings(fo, "//fo:static-content[@flow-name = 'xsl-region-after']"
                + "//fo:page-number-citation/@ref-id").get(0);
        assertEquals(List.of("true"), strings(fo, "string(exists(//fo:flow/fo:block[last()][@id = '" + total + "']))"));
        assertEquals(List.of("Letter from John F. Kennedy to N. S. Khrushchev, 18 April 1961"),
                strings(fo, "//dc:title//rdf:li/string()"));
        assertEquals(List.of("1961-04-18"), strings(fo, "//dc:date//rdf:li/string()"));
    }

    @Test
    void volumeBookmarksAndContentsPointAtTheLettersInDateOrder() throws Exception {
        Xslt30Transformer transformer = stylesheet.load30();
        List<XdmNode> letters = List.of(parse(Fixtures.SAMPLE), parse(Fixtures.FEATURES));
        transformer.setInitialTemplateParameters(Map.of(new QName("letters"), new XdmValue(letters)), false);
        XdmDestination result = new XdmDestination();
        transformer.callTemplate(new QName("volume"), result);
        XdmNode fo = result.getXdmNode();

        List<String> targets = strings(fo, "//fo:bookmark/@internal-destination");
        assertEquals(List.of("contents", "letter-smith-1959-02-03", "letter-kennedy-1961-04-18"), targets);
        for (String target : targets) {
            assertEquals(List.of("1"), strings(fo, "string(count(//*[@id = '" + target + "']))"), target);
        }
        assertEquals(targets.subList(1, 3), strings(fo, "//fo:page-number-citation[ancestor::fo:flow]/@ref-id"),
                "contents lines cite the letters");
        assertEquals(List.of("3"), strings(fo, "string(count(//fo:page-sequence))"), "title page and two letters");
        assertEquals(List.of("epistola-volume-end"), strings(fo, "distinct-values(//fo:static-content"
                + "[@flow-name = 'xsl-region-after']//fo:page-number-citation/@ref-id)"));
        assertEquals(List.of("1"), strings(fo, "string(count(//*[@id = 'epistola-volume-end']))"));
    }

    private XdmNode letter(String name) throws Exception {
        Xslt30Transformer transformer = stylesheet.load30();
        XdmDestination result = new XdmDestination();
        transformer.applyTemplates(parse(name), result);
        return result.getXdmNode();
    }

    private XdmNode parse(String name) throws RenderException {
        return TeiInput.parse(processor, fixture(name));
    }

    private List<String> strings(XdmNode fo, String expression) throws Exception {
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("fo", "http://www.w3.org/1999/XSL/Format");
        xpath.declareNamespace("dc", "http://purl.org/dc/elements/1.1/");
        xpath.declareNamespace("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        List<String> values = new ArrayList<>();
        for (XdmItem item : xpath.evaluate(expression, fo)) {
            values.add(item.getStringValue());
        }
        return values;
    }
}
