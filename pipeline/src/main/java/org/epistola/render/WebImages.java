package org.epistola.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

/**
 * Web-size page images and thumbnails for the HTML edition, derived from the page images a TEI
 * letter links to ({@code graphic/@url}, relative to the TEI file). For the letter with id ID they
 * are written as {@code img/ID/page-N.jpg} and {@code img/ID/page-N-thumb.jpg} below the HTML
 * folder, N being the surface's position in the facsimile, so the pages open from disk.
 */
public final class WebImages {

    /** Widths in pixels of the page images and of the thumbnails; JPEG quality from 0 to 1. */
    public record Settings(int width, int thumbnailWidth, float quality) {
        public Settings {
            if (width < 16 || thumbnailWidth < 16 || thumbnailWidth > width) {
                throw new IllegalArgumentException("bad image widths " + width + "/" + thumbnailWidth);
            }
            if (!(quality > 0 && quality <= 1)) {
                throw new IllegalArgumentException("JPEG quality must be in (0, 1]: " + quality);
            }
        }

        /** 1200 px pages, 200 px thumbnails. */
        public static Settings standard() {
            return new Settings(1200, 200, 0.85f);
        }
    }

    /** The derived images of one page, as links relative to the HTML folder. */
    record Page(String image, String thumbnail) {
    }

    private final Settings settings;

    public WebImages(Settings settings) {
        this.settings = settings;
    }

    /** Link (a URI reference), relative to the HTML folder, to the thumbnail of page {@code n}. */
    static String thumbnailLink(String id, int n) {
        return link(id, "page-" + n + "-thumb.jpg");
    }

    static String imageLink(String id, int n) {
        return link(id, "page-" + n + ".jpg");
    }

    /** The file of the thumbnail of page {@code n} of letter {@code id}. */
    static Path thumbnailFile(Path htmlFolder, String id, int n) {
        return htmlFolder.resolve("img").resolve(id).resolve("page-" + n + "-thumb.jpg");
    }

    static Path imageFile(Path htmlFolder, String id, int n) {
        return htmlFolder.resolve("img").resolve(id).resolve("page-" + n + ".jpg");
    }

    private static String link(String id, String name) {
        try {
            return new URI(null, null, "img/" + id + "/" + name, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("letter id " + id + " cannot be part of a link", e);
        }
    }

    /**
     * Writes the images of every surface whose graphic exists; a surface without one (or whose
     * file is missing) gets an empty entry, so that the list stays in surface order.
     */
    List<Optional<Page>> write(String id, List<String> graphicUrls, Path teiFile, Path htmlFolder)
            throws RenderException {
        List<Optional<Page>> pages = new ArrayList<>(graphicUrls.size());
        for (int i = 0; i < graphicUrls.size(); i++) {
            Optional<Path> source = resolve(graphicUrls.get(i), teiFile);
            if (source.isEmpty()) {
                pages.add(Optional.empty());
                continue;
            }
            BufferedImage original = read(source.get());
            Page page = new Page(imageLink(id, i + 1), thumbnailLink(id, i + 1));
            BufferedImage webSize = scale(original, settings.width());
            writeJpeg(webSize, imageFile(htmlFolder, id, i + 1), source.get());
            // The thumbnail comes from the web-size image: a quarter of the work or less.
            writeJpeg(scale(webSize, settings.thumbnailWidth()), thumbnailFile(htmlFolder, id, i + 1),
                    source.get());
            pages.add(Optional.of(page));
        }
        return pages;
    }

    /** The local file a graphic URL (relative to the TEI file) names, if it is one that exists. */
    static Optional<Path> resolve(String url, Path teiFile) throws RenderException {
        if (url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI base = teiFile.toAbsolutePath().getParent().toUri();
            URI target = base.resolve(new URI(url));
            if (!"file".equals(target.getScheme())) {
                return Optional.empty();
            }
            Path file = Path.of(target);
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new RenderException(teiFile + ": bad page image link " + url + ": " + e.getMessage(), e);
        }
    }

    static BufferedImage read(Path file) throws RenderException {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new RenderException("cannot read page image " + file + ": not a supported image format");
            }
            return image;
        } catch (IOException e) {
            throw new RenderException("cannot read page image " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Scales to {@code width} (never up), halving step by step so that thin strokes survive. Grey
     * pages stay grey (a quarter of the pixels' bytes of RGB); others become RGB without alpha.
     */
    static BufferedImage scale(BufferedImage image, int width) {
        BufferedImage current = isPlainGrey(image) ? image : toRgb(image);
        while (current.getWidth() / 2 >= width) {
            current = resize(current, current.getWidth() / 2);
        }
        return current.getWidth() > width ? resize(current, width) : current;
    }

    private static boolean isPlainGrey(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_BYTE_GRAY;
    }

    private static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static BufferedImage resize(BufferedImage image, int width) {
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        BufferedImage scaled = new BufferedImage(width, height,
                isPlainGrey(image) ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return scaled;
    }

    private void writeJpeg(BufferedImage image, Path target, Path source) throws RenderException {
        AtomicOutput.write(target, source.toString(), out -> Jpeg.write(image, settings.quality(), out));
    }
}
