package org.epistola.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import net.sf.saxon.s9api.XdmItem;
import org.epistola.testing.ProjectPaths;
import org.epistola.testing.TeiLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slanted scan through the whole batch path (OCR worker processes included): the letter is read
 * as if straight, and the zones outline the slanted lines on the user's scan.
 */
class SkewedScanTest {

  @TempDir Path work;

  @Test
  void slantedPageIsReadAndZonesStayOnTheScan() throws Exception {
    Path folder = Files.createDirectories(work.resolve("in/slanted-letter"));
    for (int page = 1; page <= 2; page++) {
      BufferedImage straight = ImageIO.read(
          ProjectPaths.scans().resolve("kennedy-1961-04-18/page-" + page + ".png").toFile());
      ImageIO.write(rotated(straight, 5), "png", folder.resolve("page-" + page + ".png").toFile());
    }

    Runs.Finished run = Runs.run(work.resolve("out"), folder);

    assertEquals(Status.OK, run.document("slanted-letter").status(), run.messages().toString());
    TeiLetter tei = TeiLetter.read(run.layout().tei("slanted-letter"));
    assertEquals(Optional.of("Mr. Chairman:"), tei.text("//tei:opener/tei:salute"));
    assertEquals(Optional.of("1961-04-18"), tei.text("//tei:opener//tei:date/@when"));
    assertEquals(6, tei.select("//tei:div/tei:p").size());
    // The report tells, per page, what cleaning the scan needed.
    for (DocumentReport.PageReport page : run.document("slanted-letter").pages()) {
      assertTrue(page.cleaning().stream().anyMatch(step -> step.matches("deskewed by -?[45]\\.\\d+ degrees")),
          "page " + page.number() + ": " + page.cleaning());
    }
    // A full-width line slanted by 5 degrees spans about 1900 * sin 5° = 166 px of height.
    var zones = tei.select("//tei:p[1]/tei:lb[2]/id(substring(@facs, 2))");
    assertEquals(1, zones.size(), "the zone of the first paragraph's second line");
    for (XdmItem zone : zones) {
      net.sf.saxon.s9api.XdmNode node = (net.sf.saxon.s9api.XdmNode) zone;
      int height = Integer.parseInt(node.attribute("lry")) - Integer.parseInt(node.attribute("uly"));
      assertTrue(height > 150 && height < 260, "zone height on the slanted scan: " + height);
    }
  }

  private static BufferedImage rotated(BufferedImage page, double degrees) {
    BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, page.getWidth(), page.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
    g.drawImage(page, 0, 0, null);
    g.dispose();
    return out;
  }
}
