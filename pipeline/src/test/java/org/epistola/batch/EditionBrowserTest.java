package org.epistola.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.epistola.testing.Browsers;
import org.epistola.testing.ProjectPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The HTML edition in a real browser (Debian's headless Chromium through its chromedriver), opened
 * from disk as a reader would: the index, then a letter and its three views. The born-digital
 * sample keeps the run short (no OCR); the OCR'd page 2 of the sample letter, in a run of its own,
 * has low-confidence words. Screenshots go to target/screenshots/.
 */
class EditionBrowserTest {

  private static final String ID = "kennedy-1961-04-18-digital";
  private static final String OCR_ID = "page-2";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path out;
  @TempDir static Path ocrOut;
  @TempDir static Path profile;
  static Runs.Finished run;
  static Runs.Finished ocrRun;
  static ChromeDriver browser;

  @BeforeAll
  static void runPipelineAndStartBrowser() throws Exception {
    run = Runs.run(out, ProjectPaths.scans().resolve(ID + ".pdf"));
    assertFalse(run.report().hasFailures(), () -> String.join("\n", run.messages()));
    ocrRun = Runs.run(ocrOut, ProjectPaths.scans().resolve("kennedy-1961-04-18").resolve(OCR_ID + ".png"));
    assertFalse(ocrRun.report().hasFailures(), () -> String.join("\n", ocrRun.messages()));
    browser = Browsers.headlessChromium(profile);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Every page must run without a console error (script errors, missing images, ...). */
  @AfterEach
  void noConsoleErrors() {
    assertEquals(List.of(), consoleProblems());
  }

  private static List<String> consoleProblems() {
    return Browsers.consoleProblems(browser);
  }

  @Test
  void consoleErrorsAreSeen() {
    browser.get(run.layout().html(ID).toUri().toString());
    ((JavascriptExecutor) browser).executeScript("console.error('probe-error')");
    assertTrue(consoleProblems().stream().anyMatch(problem -> problem.contains("probe-error")),
        "the console check must see errors");
  }

  @Test
  void indexSortsFiltersAndShowsThumbnails() throws Exception {
    browser.get(run.layout().index().toUri().toString());
    List<WebElement> rows = browser.findElements(By.cssSelector("table.letters tbody tr"));
    assertEquals(1, rows.size());
    WebElement thumbnail = rows.get(0).findElement(By.cssSelector("td.thumb img"));
    assertTrue(loaded(thumbnail), "thumbnail shows");

    WebElement from = browser.findElement(By.cssSelector("th[data-sort=sender]"));
    from.findElement(By.tagName("button")).click();
    assertEquals("ascending", from.getAttribute("aria-sort"));
    assertEquals(null, browser.findElement(By.cssSelector("th[data-sort=date]")).getAttribute("aria-sort"));

    WebElement search = browser.findElement(By.id("letter-search"));
    search.sendKeys("castro dictatorship");
    assertTrue(rows.get(0).isDisplayed(), "a phrase of the letter's text finds it");
    search.sendKeys(" nowhere-in-the-text");
    assertFalse(rows.get(0).isDisplayed());
    assertEquals("0 of 1 letters shown", browser.findElement(By.cssSelector(".shown-count")).getText());
    screenshot("index");
    search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    assertTrue(rows.get(0).isDisplayed());
  }

  @Test
  void letterViewsSwitchAndLinesLightUpTheirZones() throws Exception {
    browser.get(run.layout().index().toUri().toString());
    browser.findElement(By.cssSelector("td.title a")).click();
    assertTrue(browser.getCurrentUrl().endsWith(ID + ".html"), browser.getCurrentUrl());
    WebElement reading = browser.findElement(By.id("view-reading"));
    WebElement diplomatic = browser.findElement(By.id("view-diplomatic"));
    WebElement facsimile = browser.findElement(By.id("view-facsimile"));
    assertTrue(reading.isDisplayed() && !diplomatic.isDisplayed() && !facsimile.isDisplayed());
    assertTrue(reading.getText().contains("Mr. Chairman:"));
    screenshot("letter-reading");

    // Keyboard: arrow keys move between the tabs and show their panels.
    WebElement readingTab = browser.findElement(By.id("tab-reading"));
    readingTab.sendKeys(Keys.ARROW_RIGHT);
    assertTrue(diplomatic.isDisplayed() && !reading.isDisplayed());
    assertEquals("true", browser.findElement(By.id("tab-diplomatic")).getAttribute("aria-selected"));
    assertEquals("tab-diplomatic", browser.switchTo().activeElement().getAttribute("id"));
    assertTrue(diplomatic.findElements(By.cssSelector("li.line")).size() > 40);
    screenshot("letter-diplomatic");

    browser.findElement(By.id("tab-facsimile")).click();
    assertTrue(facsimile.isDisplayed() && !diplomatic.isDisplayed());
    WebElement page = facsimile.findElement(By.cssSelector(".fac-page[data-page='1']"));
    WebElement image = page.findElement(By.cssSelector(".fac-frame img"));
    assertTrue(loaded(image), "page image shows");

    // Selecting a line highlights its zone, which lies where the TEI says on the scaled image.
    WebElement line = page.findElements(By.cssSelector(".fac-text li[data-zone]")).get(6);
    String zoneId = line.getAttribute("data-zone");
    line.click();
    WebElement zone = page.findElement(By.cssSelector(".zone[data-zone='" + zoneId + "']"));
    assertTrue(hasClass(zone, "selected") && hasClass(line, "selected"), zoneId);
    assertEquals(1, browser.findElements(By.cssSelector(".zone.selected")).size());
    Rectangle box = zone.getRect();
    Rectangle picture = image.getRect();
    double[] coordinates = zoneCoordinates(zoneId);
    assertEquals(picture.getX() + coordinates[0] * picture.getWidth(), box.getX(), 2.0, "left");
    assertEquals(picture.getY() + coordinates[1] * picture.getHeight(), box.getY(), 2.0, "top");
    assertTrue(box.getWidth() > picture.getWidth() / 4, "a line of text is wide: " + box.getWidth());
    screenshot("letter-facsimile-selected");

    // The lines are reached with the keyboard too: Tab selects the next line and its zone.
    line.sendKeys(Keys.TAB);
    WebElement next = browser.switchTo().activeElement();
    String nextZone = next.getAttribute("data-zone");
    assertTrue(nextZone != null && !nextZone.equals(zoneId), "focus moved to the next line: " + nextZone);
    assertTrue(hasClass(page.findElement(By.cssSelector(".zone[data-zone='" + nextZone + "']")), "selected"));
    assertFalse(hasClass(zone, "selected"), "only one zone is selected");

    // And the other way round: pointing at a zone marks its line.
    WebElement otherZone = page.findElements(By.cssSelector(".zone")).get(2);
    new Actions(browser).moveToElement(otherZone).perform();
    WebElement otherLine = page.findElement(
        By.cssSelector(".fac-text li[data-zone='" + otherZone.getAttribute("data-zone") + "']"));
    assertTrue(hasClass(otherLine, "hover"), "line of the zone under the pointer is marked");

    // Page navigation.
    facsimile.findElement(By.cssSelector(".next-page")).click();
    assertFalse(page.isDisplayed());
    WebElement second = facsimile.findElement(By.cssSelector(".fac-page[data-page='2']"));
    assertTrue(second.isDisplayed());
    assertEquals("Page 2 of 2", facsimile.findElement(By.cssSelector(".page-label")).getText());
    assertTrue(loaded(second.findElement(By.cssSelector(".fac-frame img"))));
    screenshot("letter-facsimile-page-2");
  }

  /**
   * The page's low-confidence words (at the default threshold: the page number "- 2 -" and "[N."
   * of the addressee) are marked; pointing at one gives its confidence as its title, Tab reaches
   * it and shows the confidence below it, and Chromium's accessibility tree describes it so.
   */
  @Test
  void lowConfidenceWordsShowTheirConfidenceOnHoverAndFocus() throws Exception {
    int low = ocrRun.document(OCR_ID).pages().get(0).lowConfidenceWords();
    assertTrue(low > 0, "page 2 has low-confidence words: " + ocrRun.document(OCR_ID).pages());
    browser.get(ocrRun.layout().html(OCR_ID).toUri().toString());
    WebElement reading = browser.findElement(By.id("view-reading"));
    List<WebElement> words = reading.findElements(By.cssSelector(".low-confidence"));
    assertFalse(words.isEmpty(), "a low-confidence word in the reading text");
    WebElement word = words.get(0);
    String title = word.getAttribute("title");
    assertTrue(title.matches("OCR confidence \\d{1,2} %"), title);
    assertTrue(word.isDisplayed());
    WebElement plain = reading.findElement(By.cssSelector("article.letter > p"));
    assertFalse(word.getCssValue("background-color").equals(plain.getCssValue("background-color")),
        "marked visibly: " + word.getCssValue("background-color"));

    new Actions(browser).moveToElement(word).perform();
    assertEquals(Boolean.TRUE, script("return arguments[0].matches(':hover');", word));

    // Keyboard: Tab from the element before the word lands on it; the confidence shows below it.
    script("arguments[0].focus();", browser.findElement(By.id("tab-reading")));
    WebElement focused = null;
    for (int i = 0; i < 50 && (focused == null || !focused.equals(word)); i++) {
      browser.switchTo().activeElement().sendKeys(Keys.TAB);
      focused = browser.switchTo().activeElement();
    }
    assertEquals(word, focused, "Tab reaches the word");
    assertEquals("\"" + title + "\"", script("return getComputedStyle(arguments[0], '::after').content;", word));
    screenshot("letter-low-confidence-focus");

    // Screen readers: the word's accessible description (Chromium's accessibility tree) is its
    // confidence.
    browser.executeCdpCommand("Accessibility.enable", Map.of());
    Map<String, Object> tree = browser.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
    List<String> descriptions = ((List<?>) tree.get("nodes")).stream()
        .map(node -> (Map<?, ?>) ((Map<?, ?>) node).get("description"))
        .filter(description -> description != null)
        .map(description -> String.valueOf(description.get("value")))
        .toList();
    assertTrue(descriptions.contains(title), "accessible descriptions: " + descriptions);

    browser.findElement(By.id("tab-diplomatic")).click();
    List<WebElement> diplomatic = browser.findElements(By.cssSelector("#view-diplomatic .low-confidence"));
    assertTrue(diplomatic.size() >= words.size(), "the page number's words too: " + diplomatic.size());
    assertTrue(diplomatic.get(0).isDisplayed());
  }

  private static Object script(String code, WebElement element) {
    return ((JavascriptExecutor) browser).executeScript(code, element);
  }

  /** ulx/width and uly/height of a zone of the letter's TEI, as fractions of its surface. */
  private static double[] zoneCoordinates(String zoneId) throws Exception {
    var tei = org.epistola.testing.TeiLetter.read(run.layout().tei(ID));
    double ulx = Double.parseDouble(tei.select("//tei:zone[@xml:id='" + zoneId + "']/@ulx").itemAt(0).getStringValue());
    double uly = Double.parseDouble(tei.select("//tei:zone[@xml:id='" + zoneId + "']/@uly").itemAt(0).getStringValue());
    double width = Double.parseDouble(tei.select("//tei:zone[@xml:id='" + zoneId + "']/../@lrx").itemAt(0).getStringValue());
    double height = Double.parseDouble(tei.select("//tei:zone[@xml:id='" + zoneId + "']/../@lry").itemAt(0).getStringValue());
    return new double[] {ulx / width, uly / height};
  }

  private static boolean loaded(WebElement image) {
    Object width = ((JavascriptExecutor) browser)
        .executeScript("return arguments[0].complete && arguments[0].naturalWidth;", image);
    return width instanceof Number number && number.intValue() > 0;
  }

  private static boolean hasClass(WebElement element, String name) {
    return List.of(element.getAttribute("class").split("\\s+")).contains(name);
  }

  private static void screenshot(String name) throws IOException {
    browser.manage().window().setSize(new Dimension(1280, 1000));
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
