package org.epistola.render;

import static org.epistola.render.Fixtures.collapse;
import static org.epistola.render.Fixtures.fixture;
import static org.epistola.render.Fixtures.listing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.sf.saxon.s9api.Processor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.epistola.testing.PdfA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintEditionTest {

    private final Processor processor = new Processor(false);
    private final PrintEdition edition;

    PrintEditionTest() throws RenderException {
        edition = new PrintEdition(processor);
    }

    @Test
    void pdfHasTheLetterTextEmbeddedFontsAndATitle(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        edition.writeLetter(fixture(Fixtures.SAMPLE), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() >= 1);
            assertEquals("Letter from John F. Kennedy to N. S. Khrushchev, 18 April 1961",
                    document.getDocumentInformation().getTitle());

            String text = collapse(new PDFTextStripper().getText(document));
            for (String expected : List.of("Mr. Chairman:", "JOHN F. KENNEDY", "Sincerely yours,",
                    "April 18, 1961", "resistance to the Castro dictatorship.",
                    "is the revolution of those determined to be free.",
                    "Union of Soviet Socialist Republics]", "P.S. A postscript line.",
                    "Page 1 of " + document.getNumberOfPages())) {
                assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in " + text);
            }
            assertFalse(text.contains("- 2 -"), "running head must not be printed");
            assertFalse(text.contains("resis-"), "line-end hyphen must be dropped");

            List<String> fonts = fonts(document);
            assertFalse(fonts.isEmpty());
            for (String font : fonts) {
                assertTrue(font.endsWith(" embedded") && font.contains("DejaVuSerif"), font);
            }
            assertEquals(595, Math.round(document.getPage(0).getMediaBox().getWidth()), "A4 width");
        }
        assertEquals(List.of("letter.pdf"), listing(dir));
    }

    @Test
    void letterPaperAndAllTeiFeatures(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        new PrintEdition(processor, PrintEdition.PageSize.LETTER).writeLetter(fixture(Fixtures.FEATURES), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(612, Math.round(document.getPage(0).getMediaBox().getWidth()), "Letter width");
            String text = collapse(new PDFTextStripper().getText(document));
            assertTrue(text.contains("its contents were intact."), text);
            assertTrue(text.contains("Treasurer Smith & Sons"), text);
            assertTrue(text.contains("Enclosure"), text);
            assertFalse(text.contains("SMITH & SONS"), text);
            for (String font : fonts(document)) {
                assertTrue(font.endsWith(" embedded"), font);
            }
        }
    }

    @Test
    void footnoteStandsAtTheFootOfThePageOfItsCall(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        edition.writeLetter(fixture("letter-notes.xml"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int salem = pageWith(document, "went to Salem");
            int minutes = pageWith(document, "signed by the chairman");
            assertTrue(salem > 0 && minutes > salem, "calls on pages " + salem + " and " + minutes);
            assertEquals(salem, pageWith(document, "Salem, Massachusetts; the firm had a warehouse there."));
            assertEquals(minutes, pageWith(document, "The minutes are lost; only this letter records them."));
            String page = pageText(document, minutes);
            assertTrue(page.indexOf("The minutes are lost") > page.indexOf("signed by the chairman"),
                    "the note is below its call: " + page);
            assertTrue(page.contains("chairman4 the same evening"), "numbered call: " + page);
            assertTrue(collapse(new PDFTextStripper().getText(document)).contains("Enclosure: minutes of the meeting"));
        }
        assertEquals(List.of(), PdfA.failures2b(pdf));
    }

    /** The first page (from 1) whose text contains {@code text}; 0 if none does. */
    private static int pageWith(PDDocument document, String text) throws IOException {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            if (pageText(document, page).contains(text)) {
                return page;
            }
        }
        return 0;
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return collapse(stripper.getText(document));
    }

    @Test
    void failedRenderingLeavesNoFile(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        RenderException e = assertThrows(RenderException.class,
                () -> edition.writeLetter(fixture(Fixtures.UNKNOWN_ELEMENT), pdf));
        assertTrue(e.getMessage().contains(pdf.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(fixture(Fixtures.UNKNOWN_ELEMENT).toString()), e.getMessage());
        assertEquals(List.of(), listing(dir));
    }

    @Test
    void letterPdfIsPdfA2bWithRunningHeadAndXmpMetadata(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        edition.writeLetter(Path.of(getClass().getResource("/golden/kennedy-1961-04-18.xml").toURI()), pdf);

        assertEquals(List.of(), PdfA.failures2b(pdf));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2, "pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = collapse(stripper.getText(document));
            assertTrue(second.startsWith("John F. Kennedy to N. S. Khrushchev 18 April 1961"), second);
            assertTrue(second.endsWith("Page 2 of " + pages), second);
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertFalse(collapse(stripper.getText(document)).startsWith("John F. Kennedy to"),
                    "no running head above the title block");

            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("Letter from John F. Kennedy to N. S. Khrushchev, 18 April 1961"), xmp);
            assertTrue(xmp.contains("1961-04-18"), xmp);
            assertTrue(xmp.contains("pdfaid:part") || xmp.contains("pdfaid:part=\"2\""), xmp);
            assertEquals("John F. Kennedy", document.getDocumentInformation().getAuthor());
        }
    }

    @Test
    void volumeHasContentsBookmarksAndLettersInDateOrder(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("edition.pdf");
        edition.writeVolume(List.of(fixture(Fixtures.SAMPLE), fixture(Fixtures.FEATURES)), pdf);

        assertEquals(List.of(), PdfA.failures2b(pdf));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            List<String> bookmarks = new ArrayList<>();
            List<Integer> targets = new ArrayList<>();
            for (var item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
                targets.add(document.getPages().indexOf(item.findDestinationPage(document)) + 1);
            }
            assertEquals(List.of("Contents",
                    "February 3, 1959: Letter from A. Smith to B. Jones, 3 February 1959",
                    "April 18, 1961: Letter from John F. Kennedy to N. S. Khrushchev, 18 April 1961"),
                    bookmarks);
            assertEquals(1, targets.get(0));
            assertEquals(2, targets.get(1), "the first letter starts after the title page");
            assertTrue(targets.get(2) > targets.get(1) && targets.get(2) <= pages, "targets " + targets);

            String text = collapse(new PDFTextStripper().getText(document));
            int smith = text.indexOf("Dear Mr. Jones:");
            int kennedy = text.indexOf("Mr. Chairman:");
            assertTrue(smith > 0 && kennedy > smith, "letters in date order");
            assertTrue(text.matches(".*Letter from John F. Kennedy to N. S. Khrushchev, 18 April 1961\\.* "
                    + targets.get(2) + " .*"), "contents line with its page number: " + text);
            assertTrue(text.contains("Page " + pages + " of " + pages), "pages numbered through the volume");
            for (String font : fonts(document)) {
                assertTrue(font.endsWith(" embedded"), font);
            }
        }
        assertEquals(List.of("edition.pdf"), listing(dir));
    }

    @Test
    void volumeOrderIsTheVolumesOwnDateOrderWithUndatedLettersLast(@TempDir Path dir) throws Exception {
        Path undated = Files.writeString(dir.resolve("undated.xml"),
                Files.readString(fixture(Fixtures.SAMPLE)).replaceAll(" when=\"[^\"]*\"", ""));
        Path sample = fixture(Fixtures.SAMPLE);
        Path features = fixture(Fixtures.FEATURES);

        assertEquals(List.of(features, sample, undated), edition.volumeOrder(List.of(undated, sample, features)));
        assertEquals(List.of(), edition.volumeOrder(List.of()));
    }

    @Test
    void numberedVolumeSaysWhichOfHowManyItIs(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("edition-2.pdf");
        edition.writeVolume(List.of(fixture(Fixtures.SAMPLE)), pdf, new PrintEdition.VolumeNumber(2, 3));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals("Letters, volume 2 of 3", document.getDocumentInformation().getTitle());
            String text = collapse(new PDFTextStripper().getText(document));
            assertTrue(text.startsWith("Letters Volume 2 of 3 1 letter"), text);
        }
        assertThrows(IllegalArgumentException.class, () -> new PrintEdition.VolumeNumber(4, 3));
    }

    @Test
    void unreachableOutputDirectoryNamesTheFile(@TempDir Path dir) throws Exception {
        // Missing folders are created, but not below a plain file.
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        Path pdf = blocker.resolve("letter.pdf");
        RenderException e = assertThrows(RenderException.class,
                () -> edition.writeLetter(fixture(Fixtures.SAMPLE), pdf));
        assertTrue(e.getMessage().contains(pdf.toString()), e.getMessage());
        assertEquals(List.of("blocker"), listing(dir));
    }

    @Test
    void unwritableTargetLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        Files.createDirectory(pdf);
        Files.writeString(pdf.resolve("keep.txt"), "x");
        RenderException e = assertThrows(RenderException.class,
                () -> edition.writeLetter(fixture(Fixtures.SAMPLE), pdf));
        assertTrue(e.getMessage().contains(pdf.toString()), e.getMessage());
        assertEquals(List.of("letter.pdf"), listing(dir));
    }

    @Test
    void missingFontFileIsNamedWithItsPackage() {
        RenderException e = assertThrows(RenderException.class,
                () -> FopConfiguration.load("fop/missing-font.xconf"));
        assertTrue(e.getMessage().contains("/usr/share/fonts/truetype/dejavu/DejaVuSerif-NoSuchCut.ttf"),
                e.getMessage());
        assertTrue(e.getMessage().contains("fonts-dejavu-core"), e.getMessage());
    }

    /** "name embedded" or "name NOT embedded" for every font used on any page. */
    private static List<String> fonts(PDDocument document) throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
            }
        }
        return fonts;
    }
}
