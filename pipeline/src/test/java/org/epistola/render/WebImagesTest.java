package org.epistola.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebImagesTest {

    @Test
    void scalesDownKeepingTheAspectRatioAndNeverUp() {
        BufferedImage page = new BufferedImage(2550, 3300, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage web = WebImages.scale(page, 1200);
        assertEquals(1200, web.getWidth());
        assertEquals(1553, web.getHeight());
        BufferedImage small = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        assertEquals(300, WebImages.scale(small, 1200).getWidth());
    }

    @Test
    void writesPagesAndThumbnailsAndSkipsMissingImages(@TempDir Path dir) throws Exception {
        Path scans = Files.createDirectories(dir.resolve("scans"));
        ImageIO.write(new BufferedImage(800, 1000, BufferedImage.TYPE_BYTE_GRAY), "png",
                scans.resolve("page 1.png").toFile());
        Path tei = Files.createDirectories(dir.resolve("tei")).resolve("a.xml");
        Path html = dir.resolve("html");

        List<Optional<WebImages.Page>> pages = new WebImages(new WebImages.Settings(400, 100, 0.8f))
                .write("a", List.of("../scans/page%201.png", "../scans/missing.png", ""), tei, html);

        assertEquals(3, pages.size());
        assertEquals(Optional.of(new WebImages.Page("img/a/page-1.jpg", "img/a/page-1-thumb.jpg")), pages.get(0));
        assertEquals(Optional.empty(), pages.get(1));
        assertEquals(Optional.empty(), pages.get(2));
        assertEquals(400, ImageIO.read(html.resolve("img/a/page-1.jpg").toFile()).getWidth());
        assertEquals(125, ImageIO.read(html.resolve("img/a/page-1-thumb.jpg").toFile()).getHeight());
        assertEquals(List.of("page-1-thumb.jpg", "page-1.jpg"), Fixtures.listing(html.resolve("img/a")));
    }

    @Test
    void linksAreUriReferencesAndFilesHaveThePlainName(@TempDir Path dir) {
        assertEquals("img/letter%20one/page-2-thumb.jpg", WebImages.thumbnailLink("letter one", 2));
        assertEquals(dir.resolve("img").resolve("letter one").resolve("page-2.jpg"),
                WebImages.imageFile(dir, "letter one", 2));
    }

    @Test
    void unreadableImageIsNamed(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.png"), "not an image");
        RenderException e = assertThrows(RenderException.class, () -> new WebImages(WebImages.Settings.standard())
                .write("a", List.of("broken.png"), dir.resolve("a.xml"), dir.resolve("html")));
        assertTrue(e.getMessage().contains(broken.toString()), e.getMessage());
    }

    @Test
    void settingsRejectBadValues() {
        assertThrows(IllegalArgumentException.class, () -> new WebImages.Settings(100, 200, 0.8f));
        assertThrows(IllegalArgumentException.class, () -> new WebImages.Settings(1200, 200, 0f));
    }
}
