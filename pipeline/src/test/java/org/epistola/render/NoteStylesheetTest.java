package org.epistola.render;

import static org.epistola.render.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/** Editorial notes in the XSL-FO and the HTML the stylesheets write. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoteStylesheetTest {

    private static final String NOTES = "letter-notes.xml";
    private static final String NOTES_ANYWHERE = "letter-notes-anywhere.xml";
    private static final String FO_NS = "http://www.w3.org/1999/XSL/Format";

    private final Processor processor = new Processor(false);
    private final XsltExecutable fo;
    private final XsltExecutable html;

    NoteStylesheetTest() throws RenderException {
        fo = Stylesheets.compile(processor, "xslt/tei-to-fo.xsl");
        html = Stylesheets.compile(processor, "xslt/tei-to-html.xsl");
    }

    @Test
    void editorialNoteInAParagraphIsAFootnoteWithItsNumber() throws Exception {
        XdmNode result = transform(fo, NOTES);

        assertSimilar("<fo:footnote xmlns:fo='" + FO_NS + "'>"
                + "<fo:inline baseline-shift='super' font-size='7pt' font-weight='normal' font-style='normal'>2</fo:inline>"
                + "<fo:footnote-body><fo:list-block provisional-distance-between-starts='6mm'"
                + " provisional-label-separation='1mm' font-size='8.5pt' line-height='1.3' font-weight='normal'"
                + " font-style='normal' text-align='start' text-indent='0mm' start-indent='0mm' end-indent='0mm'"
                + " space-before='1mm' color='#000000'><fo:list-item>"
                + "<fo:list-item-label end-indent='label-end()'><fo:block text-align='end'>2</fo:block></fo:list-item-label>"
                + "<fo:list-item-body start-indent='body-start()'><fo:block>"
                + "Salem, Massachusetts; the firm had a warehouse there.</fo:block></fo:list-item-body>"
                + "</fo:list-item></fo:list-block></fo:footnote-body></fo:footnote>",
                single(result, "//fo:footnote[.//fo:list-item-body = 'Salem, Massachusetts; the firm had a warehouse there.']"));
        List<String> paragraph = strings(result, "//fo:block[@text-indent = '2em'][contains(., 'Salem')]"
                + "/normalize-space(string-join(.//text()[not(ancestor::fo:footnote-body)]))");
        assertEquals(1, paragraph.size());
        assertTrue(paragraph.get(0).endsWith("The parcel went to Salem2 by rail."),
                "the call follows the word, the text goes on after it: " + paragraph);
    }

    @Test
    void everyEditorialNoteIsNumberedInOrderAndTheEnclosureNoteStaysInTheLetter() throws Exception {
        XdmNode result = transform(fo, NOTES);

        assertEquals(List.of("1", "2", "3", "4", "5", "6"), strings(result, "//fo:footnote/fo:inline/string()"));
        assertEquals(List.of("The year is typed over an erasure.",
                        "Salem, Massachusetts; the firm had a warehouse there.",
                        "A page of the original is missing here.",
                        "The minutes are lost; only this letter records them.",
                        "The closing is in another hand.",
                        "Not found with the letter."),
                strings(result, "//fo:footnote//fo:list-item-body/normalize-space()"));
        assertEquals(List.of("Enclosure: minutes of the meeting"),
                strings(result, "//fo:block[. = 'Enclosure: minutes of the meeting'][not(ancestor::fo:footnote)]/string()"));
        assertEquals(List.of("start"), strings(result,
                "//fo:block[fo:block/@text-indent = '2em']/fo:block[fo:footnote[contains(., 'A page of')]]/@text-align"),
                "the note between paragraphs gets a line of its own");
        assertEquals(List.of("rule"), strings(result,
                "//fo:static-content[@flow-name = 'xsl-footnote-separator']//fo:leader/@leader-pattern"));
    }

    @Test
    void notesAnywhereInTheTextButNotInTheHeader() throws Exception {
        XdmNode result = transform(fo, NOTES_ANYWHERE);

        assertEquals(List.of("Printed from the carbon copy.", "Bernard Jones, the treasurer.",
                        "The cheque is filed with the letter [In box 3.].", "Copy sent to the bank."),
                strings(result, "//fo:footnote//fo:list-item-body/normalize-space()"),
                "a typed note placed at the foot is editorial; a nested note is part of its note");
        assertFalse(strings(result, "string(/)").get(0).contains("A note in the header"));
    }

    @Test
    void htmlNoteCallLinksToTheNoteAndBack() throws Exception {
        XdmNode result = transform(html, NOTES);

        assertSimilar("<sup class='note-call'><a id='note-call-2' href='#note-2' role='doc-noteref'"
                + " aria-label='Note 2'>2</a></sup>", single(result, "//sup[a/@id = 'note-call-2']"));
        assertSimilar("<li id='note-2' value='2' data-resp='#ed'>Salem, Massachusetts; the firm had a warehouse"
                + " there. <a class='note-back' href='#note-call-2' role='doc-backlink'"
                + " aria-label='Back to note 2 in the text'>\u21a9</a></li>",
                single(result, "//li[@id = 'note-2']"));
        assertEquals(List.of("notes-head"), strings(result,
                "//section[@id = 'view-reading']/section[@role = 'doc-endnotes']/@aria-labelledby"),
                "the notes follow the letter in the reading view");
    }

    @Test
    void htmlLinksResolveBothWaysAndNotesStayOutOfTheDiplomaticLines() throws Exception {
        XdmNode result = transform(html, NOTES);

        List<String> calls = strings(result, "//a[@role = 'doc-noteref']/@href");
        assertEquals(6, calls.size());
        for (String call : calls) {
            String id = call.substring(1);
            assertEquals(List.of("1"), strings(result, "string(count(//li[@id = '" + id + "']))"), call);
            String back = strings(result, "//li[@id = '" + id + "']/a[@role = 'doc-backlink']/@href").get(0);
            assertEquals(List.of("1"), strings(result, "string(count(//a[@id = '" + back.substring(1) + "']))"), back);
        }
        assertEquals(List.of("Enclosure: minutes of the meeting"),
                strings(result, "//article//p[contains-token(@class, 'note-enclosure')]/string()"));
        String diplomatic = strings(result, "string(//section[@id = 'view-diplomatic'])").get(0);
        assertTrue(diplomatic.contains("Enclosure: minutes of the meeting"), diplomatic);
        assertFalse(diplomatic.contains("warehouse"), "editorial notes are not lines of the original");
    }

    private XdmNode transform(XsltExecutable stylesheet, String name) throws Exception {
        Xslt30Transformer transformer = stylesheet.load30();
        XdmDestination result = new XdmDestination();
        transformer.applyTemplates(TeiInput.parse(processor, fixture(name)), result);
        return result.getXdmNode();
    }

    private void assertSimilar(String expected, XdmNode actual) throws SaxonApiException {
        Diff diff = DiffBuilder.compare(Input.fromString(expected))
                .withTest(Input.fromString(serialized(actual)))
                .ignoreComments()
                .checkForSimilar()
                .build();
        assertFalse(diff.hasDifferences(), () -> diff + "\nactual: " + actual);
    }

    private String serialized(XdmNode node) throws SaxonApiException {
        Serializer serializer = processor.newSerializer();
        serializer.setOutputProperty(Serializer.Property.INDENT, "no");
        serializer.setOutputProperty(Serializer.Property.OMIT_XML_DECLARATION, "yes");
        return serializer.serializeNodeToString(node);
    }

    private XdmNode single(XdmNode root, String expression) throws Exception {
        List<XdmItem> items = evaluate(root, expression);
        assertEquals(1, items.size(), expression);
        return (XdmNode) items.get(0);
    }

    private List<String> strings(XdmNode root, String expression) throws Exception {
        List<String> values = new ArrayList<>();
        for (XdmItem item : evaluate(root, expression)) {
            values.add(item.getStringValue());
        }
        return values;
    }

    private List<XdmItem> evaluate(XdmNode root, String expression) throws Exception {
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("fo", FO_NS);
        List<XdmItem> items = new ArrayList<>();
        xpath.evaluate(expression, root).forEach(items::add);
        return items;
    }
}
