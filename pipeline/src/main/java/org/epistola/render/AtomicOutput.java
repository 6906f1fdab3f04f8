package org.epistola.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import net.sf.saxon.s9api.SaxonApiException;
import org.xml.sax.SAXException;

/**
 * Writes an output file so that it appears complete or not at all: the content goes to a
 * temporary file in the target's directory, which is then moved over the target atomically.
 */
final class AtomicOutput {

    /** Writes the content of one output file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException, SaxonApiException, SAXException, RenderException;
    }

    private AtomicOutput() {
    }

    /**
     * Writes {@code target} from {@code content}.
     *
     * @param source what the output is made from, for error messages
     */
    static void write(Path target, String source, Content content) throws RenderException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        // Not Files.createTempFile: its owner-only permissions would carry over to the target.
        Path temporary = directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        OutputStream file;
        try {
            file = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new RenderException("cannot write " + target + ": cannot create a file in "
                    + directory + " (" + e + ")", e);
        }
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(file)) {
                content.writeTo(out);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } catch (IOException | SaxonApiException | SAXException e) {
            throw new RenderException("cannot write " + target + " from " + source + ": " + e.getMessage(), e);
        } finally {
            if (!moved) {
                deleteQuietly(temporary);
            }
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // The original failure is what the caller needs to see; a stale ".part" file is
            // harmless because it never carries the target's name.
        }
    }
}
