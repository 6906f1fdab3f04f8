package org.epistola.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates test fixtures and the shared TEI schema. */
final class Fixtures {

    private Fixtures() {
    }

    static Path resource(String name) {
        URL url = Fixtures.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path sample() {
        return resource("fixtures/letter-sample.xml");
    }

    /** Every XML fixture under the test resources. */
    static List<Path> allXml() {
        try (Stream<Path> files = Stream.of("fixtures", "validate", "golden").flatMap(Fixtures::walk)) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
    }

    private static Stream<Path> walk(String folder) {
        try {
            return Files.walk(resource(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The official TEI P5 schema, found in a {@code shared/tei} folder next to an ancestor of the working directory. */
    static URL teiAll() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/tei/tei_all.rng");
            if (Files.isRegularFile(candidate)) {
                try {
                    return candidate.toUri().toURL();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("shared/tei/tei_all.rng not found above " + Path.of("").toAbsolutePath());
    }

    /** The 1-based line of the first line containing {@code marker}, or 0. */
    static int lineOf(Path file, String marker) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(marker)) {
                    return i + 1;
                }
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
