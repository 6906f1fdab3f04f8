package org.epistola.render;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.epistola.testing.ProjectPaths;

/** Test letters and helpers shared by the edition tests. */
final class Fixtures {

    static final String SAMPLE = "letter-sample.xml";
    static final String FEATURES = "letter-features.xml";
    static final String UNKNOWN_ELEMENT = "letter-unknown-element.xml";
    static final String EXTERNAL_ENTITY = "letter-external-entity.xml";
    static final String REPAIRS = "letter-repairs.xml";

    private Fixtures() {
    }

    static Path fixture(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** File names in {@code directory}, to check that no temporary file was left behind. */
    static List<String> listing(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * A copy of fixture {@code name} in {@code dir/tei/} whose page images are the sample scans,
     * linked relative to the copy as the pipeline links them.
     */
    static Path withPageImages(String name, Path dir) throws IOException {
        Path tei = dir.resolve("tei").resolve(name);
        Files.createDirectories(tei.getParent());
        String scans = tei.getParent().toAbsolutePath()
                .relativize(ProjectPaths.scans().toAbsolutePath()).toString().replace('\\', '/');
        Files.writeString(tei, Files.readString(fixture(name)).replace("../../scans/", scans + "/"));
        return tei;
    }

    static String collapse(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
