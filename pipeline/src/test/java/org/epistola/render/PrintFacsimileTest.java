package org.epistola.render;

import static org.epistola.render.Fixtures.listing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.sf.saxon.s9api.Processor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.epistola.testing.PdfA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Page images printed after each letter when the print edition is asked for them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintFacsimileTest {

    private final Processor processor = new Processor(false);
    private final PrintEdition plain;
    private final PrintEdition withFacsimiles;

    PrintFacsimileTest() throws RenderException {
        plain = new PrintEdition(processor);
        withFacsimiles = new PrintEdition(processor,
                new PrintEdition.Settings(PrintEdition.PageSize.A4, true, Optional.empty()));
    }

    @Test
    void letterIsFollowedByOnePageWithAnImagePerScanPage(@TempDir Path dir) throws Exception {
        Path tei = Fixtures.withPageImages(Fixtures.SAMPLE, dir);
        Path without = dir.resolve("plain.pdf");
        Path with = dir.resolve("facsimiles.pdf");
        plain.writeLetter(tei, without);
        withFacsimiles.writeLetter(tei, with);

        int textPages = pageCount(without);
        try (PDDocument document = Loader.loadPDF(with.toFile())) {
            assertEquals(textPages + 2, document.getNumberOfPages(), "two scan pages");
            for (int page = 0; page < textPages; page++) {
                assertEquals(0, images(document.getPage(page)).size(), "no image on text page " + (page + 1));
            }
            for (int page = textPages; page < textPages + 2; page++) {
                List<PDImageXObject> images = images(document.getPage(page));
                assertEquals(1, images.size(), "one image on facsimile page " + (page + 1));
                PDImageXObject image = images.get(0);
                assertEquals(FacsimilePages.WIDTH, image.getWidth());
                assertEquals(Math.round(3300.0 * FacsimilePages.WIDTH / 2550), image.getHeight(), 1);
                assertEquals(null, image.getCOSObject().getItem(COSName.SMASK), "no transparency");
            }
        }
        assertEquals(List.of(), PdfA.failures2b(with));
        assertEquals(List.of(), leftovers(), "temporary page images are removed");
    }

    @Test
    void volumeWithFacsimilesIsPdfA(@TempDir Path dir) throws Exception {
        Path sample = Fixtures.withPageImages(Fixtures.SAMPLE, dir);
        Path notes = Fixtures.withPageImages("letter-notes.xml", dir);
        Path without = dir.resolve("plain.pdf");
        Path with = dir.resolve("edition.pdf");
        plain.writeVolume(List.of(sample, notes), without);
        withFacsimiles.writeVolume(List.of(sample, notes), with);

        try (PDDocument document = Loader.loadPDF(with.toFile())) {
            assertEquals(pageCount(without) + 2, document.getNumberOfPages(),
                    "the sample's two scan pages; the notes letter has no facsimile");
            int imagePages = 0;
            for (PDPage page : document.getPages()) {
                imagePages += images(page).isEmpty() ? 0 : 1;
            }
            assertEquals(2, imagePages);
        }
        assertEquals(List.of(), PdfA.failures2b(with));
    }

    @Test
    void missingPageImageNamesTheTeiFileAndPage(@TempDir Path dir) throws Exception {
        Path tei = Fixtures.withPageImages(Fixtures.SAMPLE, dir);
        Files.writeString(tei, Files.readString(tei).replaceAll("\"[^\"]*page-2.png\"", "\"missing/page-2.png\""));
        Path pdf = dir.resolve("out").resolve("letter.pdf");
        RenderException e = assertThrows(RenderException.class, () -> withFacsimiles.writeLetter(tei, pdf));
        assertTrue(e.getMessage().startsWith(tei + " p.2: "), e.getMessage());
        assertTrue(e.getMessage().contains("missing/page-2.png"), e.getMessage());
        assertEquals(List.of("tei"), listing(dir), "no PDF, no output folder");
    }

    private static int pageCount(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    /** The images a page draws (its resources may list more: FOP shares them between pages). */
    private static List<PDImageXObject> images(PDPage page) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        List<Object> tokens = new PDFStreamParser(page).parse();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator operator && "Do".equals(operator.getName())
                    && tokens.get(i - 1) instanceof COSName name
                    && page.getResources().getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        return images;
    }

    private static List<String> leftovers() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("epistola-facsimiles")).toList();
        }
    }
}
