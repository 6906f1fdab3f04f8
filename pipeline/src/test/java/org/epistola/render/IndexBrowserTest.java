package org.epistola.render;

import static org.epistola.render.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import net.sf.saxon.s9api.Processor;
import org.epistola.testing.Browsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The index page's sorting and search in a real browser, on two test letters. */
class IndexBrowserTest {

    @TempDir static Path dir;
    @TempDir static Path profile;
    static ChromeDriver browser;

    @BeforeAll
    static void writeIndexAndStartBrowser() throws Exception {
        Path index = dir.resolve("index.html");
        new HtmlEdition(new Processor(false)).writeIndex(
                List.of(fixture(Fixtures.SAMPLE), fixture(Fixtures.FEATURES)), index);
        browser = Browsers.headlessChromium(profile);
    }

    @BeforeEach
    void openIndex() {
        browser.get(dir.resolve("index.html").toUri().toString());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        assertEquals(List.of(), Browsers.consoleProblems(browser));
    }

    @Test
    void columnsSortBothWays() {
        assertEquals(List.of("A. Smith", "John F. Kennedy"), column("sender"), "by date at first");
        sortBy("recipient");
        assertEquals(List.of("B. Jones", "N. S. Khrushchev"), column("recipient"));
        sortBy("recipient");
        assertEquals(List.of("N. S. Khrushchev", "B. Jones"), column("recipient"));
        assertEquals("descending", header("recipient").getAttribute("aria-sort"));
        sortBy("date");
        assertEquals(List.of("A. Smith", "John F. Kennedy"), column("sender"));
        assertEquals(null, header("recipient").getAttribute("aria-sort"));
        sortBy("date");
        assertEquals(List.of("John F. Kennedy", "A. Smith"), column("sender"));
    }

    @Test
    void searchFiltersByTheLettersText() {
        WebElement search = browser.findElement(By.id("letter-search"));
        search.sendKeys("PARCEL");
        assertEquals(List.of("A. Smith"), column("sender"));
        assertEquals("1 of 2 letters shown", browser.findElement(By.cssSelector(".shown-count")).getText());
        search.clear();
        search.sendKeys("castro");
        assertEquals(List.of("John F. Kennedy"), column("sender"));
        search.clear();
        search.sendKeys(" ");
        assertEquals(2, column("sender").size());
    }

    private static WebElement header(String key) {
        return browser.findElement(By.cssSelector("th[data-sort='" + key + "']"));
    }

    private static void sortBy(String key) {
        header(key).findElement(By.tagName("button")).click();
    }

    /** The visible cells of one column, top to bottom. */
    private static List<String> column(String name) {
        return browser.findElements(By.cssSelector("table.letters tbody tr td." + name)).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .toList();
    }
}
