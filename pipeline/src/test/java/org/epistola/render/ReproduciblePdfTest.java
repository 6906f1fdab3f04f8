package org.epistola.render;

import static org.epistola.render.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import net.sf.saxon.s9api.Processor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.epistola.testing.PdfA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same TEI rendered with the same creation date gives the same PDF, byte for byte (the one
 * place where PDF bytes are compared: sameness of the bytes is the feature).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReproduciblePdfTest {

    private static final Instant DATE = Instant.parse("2001-02-03T04:05:06Z");

    private final Processor processor = new Processor(false);

    private PrintEdition edition(Instant date, boolean facsimiles) throws RenderException {
        return new PrintEdition(processor,
                new PrintEdition.Settings(PrintEdition.PageSize.A4, facsimiles, Optional.of(date)));
    }

    @Test
    void sameTeiAndDateGiveIdenticalBytes(@TempDir Path dir) throws Exception {
        Path tei = Fixtures.withPageImages(Fixtures.SAMPLE, dir);
        Path first = dir.resolve("first.pdf");
        Path second = dir.resolve("second.pdf");
        edition(DATE, true).writeLetter(tei, first);
        Thread.sleep(1100); // a clock-derived value would now differ
        edition(DATE, true).writeLetter(tei, second);

        assertEquals(-1L, Files.mismatch(first, second), "byte-identical letter PDFs");
        try (PDDocument document = Loader.loadPDF(first.toFile())) {
            assertEquals(DATE, document.getDocumentInformation().getCreationDate().toInstant());
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(true, xmp.contains("2001-02-03T"), xmp);
        }
        assertEquals(List.of(), PdfA.failures2b(first));
    }

    @Test
    void volumeIsReproducibleAndTheDateMatters(@TempDir Path dir) throws Exception {
        List<Path> letters = List.of(fixture(Fixtures.SAMPLE), fixture("letter-notes.xml"));
        Path first = dir.resolve("first.pdf");
        Path second = dir.resolve("second.pdf");
        Path later = dir.resolve("later.pdf");
        edition(DATE, false).writeVolume(letters, first);
        edition(DATE, false).writeVolume(letters, second);
        edition(DATE.plusSeconds(60), false).writeVolume(letters, later);

        assertEquals(-1L, Files.mismatch(first, second), "byte-identical volumes");
        assertNotEquals(-1L, Files.mismatch(first, later), "another date, other bytes");
        try (PDDocument a = Loader.loadPDF(first.toFile()); PDDocument b = Loader.loadPDF(later.toFile())) {
            assertNotEquals(a.getDocument().getDocumentID(), b.getDocument().getDocumentID(),
                    "the file identifier follows the content");
        }
    }
}
