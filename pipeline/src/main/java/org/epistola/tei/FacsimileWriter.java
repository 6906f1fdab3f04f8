package org.epistola.tei;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.epistola.model.BBox;
import org.epistola.model.Page;
import org.epistola.structure.LetterLine;

/**
 * Writes the facsimile: one surface per page with its image, one zone per typed line, all in the
 * pixel space of the page image the user gave (or of the rendering of a PDF page).
 */
final class FacsimileWriter {

  private final XmlOut out;

  FacsimileWriter(XmlOut out) {
    this.out = out;
  }

  void write(List<Page> pages, List<LetterLine> lines, Function<Page, String> imageUrl)
      throws XMLStreamException {
    Map<Integer, List<LetterLine>> byPage =
        lines.stream().collect(Collectors.groupingBy(LetterLine::page));
    out.open("facsimile");
    for (Page page : pages) {
      out.open("surface")
          .id(Ids.surface(page.number()))
          .attr("ulx", 0)
          .attr("uly", 0)
          .attr("lrx", page.image().width())
          .attr("lry", page.image().height());
      out.empty("graphic")
          .attr("url", imageUrl.apply(page))
          .attr("width", page.image().width() + "px")
          .attr("height", page.image().height() + "px");
      List<LetterLine> pageLines = byPage.getOrDefault(page.number(), List.of()).stream()
          .sorted(Comparator.comparingInt(LetterLine::index))
          .toList();
      for (LetterLine line : pageLines) {
        zone(line, page);
      }
      out.close();
    }
    out.close();
  }

  private void zone(LetterLine line, Page page) throws XMLStreamException {
    BBox box = page.frame().toOriginal(line.line().box());
    out.empty("zone")
        .id(Ids.zone(line))
        .attr("ulx", Math.min(box.x(), page.image().width()))
        .attr("uly", Math.min(box.y(), page.image().height()))
        .attr("lrx", Math.min(box.right(), page.image().width()))
        .attr("lry", Math.min(box.bottom(), page.image().height()));
  }
}
