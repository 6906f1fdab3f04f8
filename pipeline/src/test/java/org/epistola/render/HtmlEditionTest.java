package org.epistola.render;

import static org.epistola.render.Fixtures.fixture;
import static org.epistola.render.Fixtures.listing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import net.sf.saxon.s9api.Processor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlEditionTest {

    private final HtmlEdition edition;

    HtmlEditionTest() throws RenderException {
        edition = new HtmlEdition(new Processor(false));
    }

    private Document render(String fixture, Path dir) throws RenderException, IOException {
        Path html = dir.resolve("letter.html");
        edition.writeLetter(fixture(fixture), html);
        return Jsoup.parse(html.toFile(), "UTF-8");
    }

    @Test
    void letterPageHasMetadataAndLetterParts(@TempDir Path dir) throws Exception {
        Document page = render(Fixtures.SAMPLE, dir);

        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("utf-8", page.selectFirst("meta[charset]").attr("charset").toLowerCase());
        assertEquals("Letter from John F. Kennedy to N. S. Khrushchev, 18 April 1961", page.title());
        assertTrue(page.select("script[src], link[rel=stylesheet], iframe").isEmpty(), "no external resources");
        for (Element linked : page.select("[src], link[href]")) {
            String url = linked.hasAttr("src") ? linked.attr("src") : linked.attr("href");
            assertFalse(url.matches("(?i)^(https?:|//).*"), "nothing from the network: " + url);
        }

        assertEquals("April 18, 1961", page.selectFirst("header .date").text());
        assertEquals("1961-04-18", page.selectFirst("header .date time").attr("datetime"));
        assertEquals("John F. Kennedy", page.selectFirst("header .sender").text());
        assertEquals("N. S. Khrushchev", page.selectFirst("header .recipient").text());
        assertTrue(page.selectFirst("header .source").text().contains("kennedy-1961-04-18"));
        assertEquals("2", page.selectFirst("header .pages").text());

        Element letter = page.selectFirst("article.letter");
        assertEquals("Message to Chairman Khrushchev Concerning the Meaning of Events in Cuba",
                letter.selectFirst(".head").text());
        assertEquals("John F. Kennedy", letter.selectFirst(".opener .byline").text());
        assertEquals("April 18, 1961", letter.selectFirst(".opener .dateline").text());
        assertEquals("Mr. Chairman:", letter.selectFirst(".opener .salute").text());
        assertEquals("Sincerely yours,", letter.selectFirst(".closer .salute").text());
        assertEquals("JOHN F. KENNEDY", letter.selectFirst(".closer .signed").text());
        assertEquals(List.of("[N. S. Khrushchev, Chairman, Council of Ministers,",
                        "Union of Soviet Socialist Republics]"),
                letter.select(".closer .address .addrLine").eachText());
        assertEquals("P.S. A postscript line.", letter.selectFirst(".postscript").text());

        Elements paragraphs = letter.select("article.letter > p");
        assertEquals(List.of(
                "You are under a serious misapprehension in regard to events in Cuba. For months there "
                        + "has been evident and growing resistance to the Castro dictatorship.",
                "I believe, Mr. Chairman, that you should recognize that free peoples is the revolution "
                        + "of those determined to be free."),
                paragraphs.eachText());

        String body = page.selectFirst("#view-reading").text();
        assertFalse(body.contains("- 2 -"), "running head must not be in the reading text");
        assertFalse(body.contains("resis-"), "line-end hyphen must be dropped");
        assertEquals(List.of("p. 1", "p. 2"), letter.select(".pb").eachText());
    }

    @Test
    void threeViewsSwitchedByTabs(@TempDir Path dir) throws Exception {
        Document page = render(Fixtures.SAMPLE, dir);

        Elements tabs = page.select("[role=tablist] [role=tab]");
        assertEquals(List.of("Reading text", "Diplomatic", "Facsimile"), tabs.eachText());
        assertEquals(List.of("true", "false", "false"), tabs.eachAttr("aria-selected"));
        for (Element tab : tabs) {
            Element panel = page.getElementById(tab.attr("aria-controls"));
            assertEquals("tabpanel", panel.attr("role"));
            assertEquals(tab.id(), panel.attr("aria-labelledby"));
            assertEquals(!"true".equals(tab.attr("aria-selected")), panel.hasAttr("hidden"), panel.id());
        }
        assertTrue(page.selectFirst("script").data().contains("aria-selected"), "the tabs have a script");
    }

    @Test
    void diplomaticViewHasTheLinesOfEachPageInPageOrder(@TempDir Path dir) throws Exception {
        Document page = render(Fixtures.SAMPLE, dir);

        Elements pages = page.select("#view-diplomatic section.dipl-page");
        assertEquals(List.of("Page 1", "Page 2"), pages.select(".page-head").eachText());
        // Ordered by the zones from top to bottom, not by the order of the reading text.
        assertEquals(List.of("John F. Kennedy", "April 18, 1961",
                "Message to Chairman Khrushchev Concerning the Meaning of Events in Cuba", "Mr. Chairman:",
                "You are under a serious misapprehension in regard to events in",
                "Cuba. For months there has been evident and growing resis-",
                "tance to the Castro dictatorship."),
                pages.get(0).select("li.line").eachText());
        assertEquals("- 2 -", pages.get(1).selectFirst("li.line").text());
        assertTrue(pages.get(1).selectFirst("li.line").hasClass("fw"));
        assertEquals("f1-l1", pages.get(0).selectFirst("li.line").attr("data-zone"));
        // Indents follow the page: the dateline stands far to the right, the byline at the margin.
        Elements lines = pages.get(0).select("li.line");
        assertEquals("", lines.get(0).attr("style"));
        assertTrue(lines.get(1).attr("style").matches("padding-left: [1-9][0-9]ch"), lines.get(1).attr("style"));
        assertEquals("", page.select("#view-facsimile li.line").get(1).attr("style"),
                "the facsimile's text sits beside the image unindented");
    }

    /**
     * Low-confidence words (the sample marks "resis-/tance", "free", "KENNEDY" and the page number's
     * "2") carry their confidence as title and as an accessible description, in the reading and the
     * diplomatic view; the text around them is unchanged (see the tests above).
     */
    @Test
    void lowConfidenceWordsShowTheirOcrConfidence(@TempDir Path dir) throws Exception {
        Document page = render(Fixtures.SAMPLE, dir);

        Elements reading = page.select("#view-reading .unclear.low-confidence");
        assertEquals(List.of("resis", "tance", "free", "KENNEDY"), reading.eachText());
        assertEquals(List.of("OCR confidence 45 %", "OCR confidence 52 %", "OCR confidence 42 %",
                "OCR confidence 31 %"), reading.eachAttr("title"));
        for (Element word : reading) {
            assertEquals("0", word.attr("tabindex"), "reachable with the keyboard: " + word);
            Element description = page.getElementById(word.attr("aria-describedby"));
            assertEquals(word.attr("title"), description.text());
            assertTrue(description.parent().hasAttr("hidden"), "descriptions are not shown as text");
        }
        assertEquals(List.of("ocr-confidence-25", "ocr-confidence-31", "ocr-confidence-42", "ocr-confidence-45",
                "ocr-confidence-52"), page.select(".confidence-descriptions > span").eachAttr("id"),
                "one per confidence, the page number's too");

        Elements diplomatic = page.select("#view-diplomatic .low-confidence");
        // Line by line in page order: the page number heads page 2.
        assertEquals(List.of("resis", "tance", "2", "free", "KENNEDY"), diplomatic.eachText());
        assertEquals("OCR confidence 25 %", diplomatic.get(2).attr("title"));
        assertEquals("- 2 -", diplomatic.get(2).parent().text());
        assertEquals(List.of("0"), diplomatic.eachAttr("tabindex").stream().distinct().toList());

        Elements facsimile = page.select("#view-facsimile .low-confidence");
        assertEquals(5, facsimile.size());
        assertTrue(facsimile.stream().noneMatch(word -> word.hasAttr("tabindex")),
                "in the facsimile view the lines take the focus, not the words");

        assertTrue(page.selectFirst("style").data().contains(".low-confidence:focus::after"),
                "the confidence shows on focus too");
    }

    @Test
    void unclearForOtherReasonsKeepsItsGenericTitle(@TempDir Path dir) throws Exception {
        Document page = render(Fixtures.FEATURES, dir);

        Element unclear = page.selectFirst("#view-reading .unclear");
        assertEquals("Unclear in the original: faded", unclear.attr("title"));
        assertFalse(unclear.hasClass("low-confidence"));
        assertTrue(page.select(".confidence-descriptions").isEmpty());
    }

    @Test
    void facsimileViewPlacesEveryZoneOverItsPage(@TempDir Path dir) throws Exception {
        Document page = render(Fixtures.SAMPLE, dir);

        Elements facsimilePages = page.select("#view-facsimile .fac-page");
        assertEquals(2, facsimilePages.size());
        assertFalse(facsimilePages.get(0).hasAttr("hidden"));
        assertTrue(facsimilePages.get(1).hasAttr("hidden"));
        // The fixture's page images do not exist: the page says so instead of showing a broken image.
        assertEquals("No image of page 1.", facsimilePages.get(0).selectFirst(".no-image").text());
        assertEquals(List.of("Page 1", "Page 2"), page.select(".page-nav .goto-page").eachText());

        Path withImages = Fixtures.withPageImages(Fixtures.SAMPLE, dir);
        Path html = dir.resolve("html/letter.html");
        edition.writeLetter(withImages, html);
        Document imaged = Jsoup.parse(html.toFile(), "UTF-8");
        Element first = imaged.selectFirst("#view-facsimile .fac-page");
        Element image = first.selectFirst(".fac-frame img");
        assertEquals("img/kennedy-1961-04-18/page-1.jpg", image.attr("src"));
        assertEquals("Page 1 of the original letter", image.attr("alt"));
        Elements zones = first.select(".fac-frame .zone");
        assertEquals(6, zones.size());
        // f1-l3: ulx 300, uly 480, 1950 x 40 on a 2550 x 3300 surface.
        assertEquals("left: 11.765%; top: 14.545%; width: 76.471%; height: 1.212%",
                first.selectFirst(".zone[data-zone=f1-l3]").attr("style"));
        for (Element line : first.select(".fac-text li[data-zone]")) {
            assertEquals(1, first.select(".zone[data-zone=" + line.attr("data-zone") + "]").size(),
                    line.attr("data-zone"));
            assertEquals("0", line.attr("tabindex"), "lines can be selected from the keyboard");
        }
        assertEquals("img/kennedy-1961-04-18/page-2-thumb.jpg",
                imaged.select(".page-nav .goto-page img").get(1).attr("src"));
        BufferedImage web = ImageIO.read(dir.resolve("html/img/kennedy-1961-04-18/page-1.jpg").toFile());
        BufferedImage thumbnail = ImageIO.read(dir.resolve("html/img/kennedy-1961-04-18/page-1-thumb.jpg").toFile());
        assertEquals(1200, web.getWidth());
        assertEquals(Math.round(1200 * 3300 / 2550.0), web.getHeight(), 1);
        assertEquals(200, thumbnail.getWidth());
    }

    @Test
    void headerShowsTheOcrConfidenceWhenGiven(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("letter.html");
        edition.writeLetter(fixture(Fixtures.SAMPLE), html, OptionalDouble.of(91.26));
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertEquals("91.3 % (mean over all words)", page.selectFirst("header .confidence").text());
        assertEquals(null, render(Fixtures.SAMPLE, dir).selectFirst("header .confidence"));
    }

    @Test
    void isoDateWithoutWordsIsWrittenOut(@TempDir Path dir) throws Exception {
        // The pipeline's TEI dates the letter in correspDesc by @when alone.
        Path html = dir.resolve("letter.html");
        edition.writeLetter(Path.of(getClass().getResource("/golden/kennedy-1961-04-18.xml").toURI()), html);
        Element date = Jsoup.parse(html.toFile(), "UTF-8").selectFirst("header .date time");
        assertEquals("18 April 1961", date.text());
        assertEquals("1961-04-18", date.attr("datetime"));
    }

    @Test
    void inlineElementsAndPlainCloserLines(@TempDir Path dir) throws Exception {
        Document page = render(Fixtures.FEATURES, dir);

        assertEquals("Boston, February 3, 1959", page.selectFirst(".dateline").text());
        assertEquals(List.of("Mr. B. Jones", "12 Elm Street"), page.select(".opener .addrLine").eachText());
        assertEquals("Dear Mr. Jones:", page.selectFirst(".opener .salute").text());
        assertEquals("Thank you for the very kind letter from Salem of January 20. The parcel arrived; "
                        + "its contents were intact. [p. 2]We shall write to Mrs. Brown soon.",
                page.selectFirst("article.letter > p").text());
        assertEquals("very", page.selectFirst(".hi.rend-italic").text());
        assertEquals("parcel", page.selectFirst(".unclear").text());
        assertEquals("1959-01-20", page.selectFirst("article.letter > p time.date").attr("datetime"));
        assertEquals(List.of("Treasurer", "Smith & Sons"), page.select(".closer .line").eachText());
        assertEquals("Boston", page.selectFirst("header .place").text());
        assertFalse(page.selectFirst("#view-reading").text().contains("SMITH & SONS"),
                "running head must be omitted from the reading text");
        assertEquals("Enclosure", page.selectFirst("section.back .head").text());
    }

    @Test
    void indexListsLettersByDateWithLinks(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("index.html");
        edition.writeIndex(List.of(fixture(Fixtures.SAMPLE), fixture(Fixtures.FEATURES)), index);

        Document page = Jsoup.parse(index.toFile(), "UTF-8");
        Elements rows = page.select("table.letters tbody tr");
        assertEquals(2, rows.size());
        Element first = rows.get(0);
        assertEquals("smith-1959-02-03.html", first.selectFirst("td.title a").attr("href"));
        Element kennedy = rows.get(1);
        assertEquals("kennedy-1961-04-18.html", kennedy.selectFirst("td.title a").attr("href"));
        assertEquals("Letter from John F. Kennedy to N. S. Khrushchev, 18 April 1961",
                kennedy.selectFirst("td.title a").text());
        assertEquals("April 18, 1961", kennedy.selectFirst("td.date").text());
        assertEquals("John F. Kennedy", kennedy.selectFirst("td.sender").text());
        assertEquals("N. S. Khrushchev", kennedy.selectFirst("td.recipient").text());
        assertEquals("2", kennedy.selectFirst("td.pages").text());
        assertEquals(List.of("index.html"), listing(dir));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(index),
                "output files get the usual permissions, not those of a private temporary file");
    }

    @Test
    void indexHasSortableColumnsSearchTextAndThumbnails(@TempDir Path dir) throws Exception {
        Path kennedy = Fixtures.withPageImages(Fixtures.SAMPLE, dir);
        edition.writeLetter(kennedy, dir.resolve("html/kennedy-1961-04-18.html"));
        Path index = dir.resolve("html/index.html");
        edition.writeIndex(List.of(kennedy, fixture(Fixtures.FEATURES)), index);

        Document page = Jsoup.parse(index.toFile(), "UTF-8");
        assertEquals(List.of("date", "sender", "recipient"), page.select("th[data-sort]").eachAttr("data-sort"));
        assertEquals(3, page.select("th[data-sort] > button").size(), "sorting is usable by keyboard");
        assertEquals("letter-search", page.selectFirst("label[for]").attr("for"));
        assertTrue(page.selectFirst("script").data().contains("localeCompare"));

        Elements rows = page.select("table.letters tbody tr");
        assertEquals(List.of("1959-02-03", "1961-04-18"), rows.eachAttr("data-date"));
        assertEquals(List.of("a. smith", "john f. kennedy"), rows.eachAttr("data-sender"));
        String text = rows.get(1).attr("data-text");
        assertTrue(text.contains("growing resistance to the castro dictatorship"), text);
        assertFalse(text.contains("- 2 -"), "no running heads in the search text");

        assertTrue(rows.get(1).selectFirst("td.title .source").text().startsWith("Scan: kennedy-1961-04-18"),
                "the source tells letters with the same title apart");
        assertEquals(List.of(), rows.get(0).select("td.thumb img"), "no page image, no thumbnail");
        Element thumbnail = rows.get(1).selectFirst("td.thumb img");
        assertEquals("img/kennedy-1961-04-18/page-1-thumb.jpg", thumbnail.attr("src"));
        assertEquals("First page of the letter", thumbnail.attr("alt"));
        assertTrue(Files.isRegularFile(index.resolveSibling(thumbnail.attr("src"))));
    }

    @Test
    void unreachableOutputDirectoryNamesTheFile(@TempDir Path dir) throws Exception {
        // Missing folders are created, but not below a plain file.
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        Path target = blocker.resolve("letter.html");
        RenderException e = assertThrows(RenderException.class,
                () -> edition.writeLetter(fixture(Fixtures.SAMPLE), target));
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertEquals(List.of("blocker"), listing(dir));
    }

    @Test
    void unwritableTargetNamesTheFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        // A non-empty directory in the target's place cannot be replaced by the finished file.
        Path target = dir.resolve("letter.html");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep.txt"), "x");

        RenderException e = assertThrows(RenderException.class,
                () -> edition.writeLetter(fixture(Fixtures.SAMPLE), target));
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertEquals(List.of("letter.html"), listing(dir));
    }

    @Test
    void unknownTeiElementFailsWithoutOutput(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("letter.html");
        RenderException e = assertThrows(RenderException.class,
                () -> edition.writeLetter(fixture(Fixtures.UNKNOWN_ELEMENT), target));
        assertTrue(e.getMessage().contains(fixture(Fixtures.UNKNOWN_ELEMENT).toString()), e.getMessage());
        assertTrue(e.getMessage().contains("foreign"), e.getMessage());
        assertEquals(List.of(), listing(dir));
    }

    @Test
    void missingTeiFileIsNamed(@TempDir Path dir) {
        Path tei = dir.resolve("nothing.xml");
        RenderException e = assertThrows(RenderException.class,
                () -> edition.writeLetter(tei, dir.resolve("out.html")));
        assertTrue(e.getMessage().contains(tei.toString()), e.getMessage());
    }

    @Test
    void externalEntitiesAreNotLoaded(@TempDir Path dir) throws Exception {
        Document page = render(Fixtures.EXTERNAL_ENTITY, dir);
        assertFalse(page.html().contains("SECRET-CONTENT"));
        assertTrue(page.selectFirst("article.letter > p").text().startsWith("Before"));
    }

    @Test
    void oneEditionServesManyThreads(@TempDir Path dir) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Path>> pages = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Path html = dir.resolve("letter-" + i + ".html");
                pages.add(pool.submit(() -> {
                    edition.writeLetter(fixture(Fixtures.SAMPLE), html);
                    return html;
                }));
            }
            String first = Files.readString(pages.get(0).get());
            for (Future<Path> page : pages) {
                assertEquals(first, Files.readString(page.get()));
            }
        } finally {
            pool.shutdown();
        }
    }
}
