package org.epistola.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.epistola.testing.ImageMagick;
import org.epistola.testing.ProjectPaths;
import org.epistola.testing.TeiLetter;
import org.epistola.text.EditDistance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 600 dpi scan through the whole batch path: it is read at 300 dpi, and its zones outline the
 * lines in the 600 dpi scan's own pixels (twice the coordinates of the same page at 300 dpi).
 */
class FineScanTest {

  @TempDir Path work;

  @Test
  void a600DpiScanIsReadAt300DpiWithZonesOnTheScan() throws Exception {
    Path folder = Files.createDirectories(work.resolve("in/fine-letter"));
    Path page = ProjectPaths.scans().resolve("kennedy-1961-04-18/page-1.png");
    ImageMagick.convert(page, folder.resolve("page-1.png"),
        "-resize", "200%", "-units", "PixelsPerInch", "-density", "600");

    Runs.Finished fine = Runs.run(work.resolve("fine"), folder);
    Runs.Finished plain = Runs.run(work.resolve("plain"), page);

    // The first page alone, a letter without its close, is read as well at 600 dpi as at 300.
    assertEquals(plain.document("page-1").status(), fine.document("fine-letter").status(),
        fine.messages().toString());
    assertEquals(List.of("scaled from 600 to 300 dpi"), fine.document("fine-letter").pages().get(0).cleaning());
    TeiLetter tei = TeiLetter.read(fine.layout().tei("fine-letter"));
    TeiLetter reference = TeiLetter.read(plain.layout().tei("page-1"));
    assertEquals(Optional.of("Mr. Chairman:"), tei.text("//tei:opener/tei:salute"));
    // The same text as the page read at 300 dpi, within a few characters (fewer than one in 200).
    String atFine = tei.text("string-join(//tei:body//text(), '')").orElseThrow();
    String atPlain = reference.text("string-join(//tei:body//text(), '')").orElseThrow();
    int differences = EditDistance.between(atFine, atPlain);
    assertTrue(differences * 200 < atPlain.length(), differences + " characters differ:\n" + atFine);
    XdmValue zones = tei.select("//tei:zone");
    XdmValue referenceZones = reference.select("//tei:zone");
    assertEquals(referenceZones.size(), zones.size());
    for (int i = 0; i < zones.size(); i++) {
      for (String corner : List.of("ulx", "uly", "lrx", "lry")) {
        int at600 = Integer.parseInt(((XdmNode) zones.itemAt(i)).attribute(corner));
        int at300 = Integer.parseInt(((XdmNode) referenceZones.itemAt(i)).attribute(corner));
        assertTrue(Math.abs(at600 - 2 * at300) <= 6,
            "zone " + i + " " + corner + ": " + at600 + " at 600 dpi, " + at300 + " at 300 dpi");
      }
    }
  }
}
