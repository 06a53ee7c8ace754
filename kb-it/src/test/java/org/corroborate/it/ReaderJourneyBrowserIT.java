package org.corroborate.it;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reader in real headless Chromium, with a Korean browser: searches 탈북민 from the header, sees highlighted hits,
 * switches to English and searches "prison camps", opens the camp measure from the results, reads its
 * estimate-spread chart and the data table behind it, opens a claim, switches its citations from Chicago to APA,
 * and downloads the CSV of verified figures from the footer. Screenshots of every step land in
 * target/screenshots/reader-journey-*.png.
 */
@ExtendWith(TestServer.class)
class ReaderJourneyBrowserIT {

    @TestServer.Base
    URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browser.close(browser);
        }
    }

    @Test
    void aReaderSearchesInKoreanAndEnglishReadsAMeasureAndAClaimAndDownloadsTheFigures() throws IOException {
        Path downloads = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "downloads-");
        browser = Browser.start("ko-KR", downloads);
        wait = Browser.waitFor(browser);
        String step = "start";
        try {
            step = "1 a Korean search from the header";
            browser.get(base.toString());
            assertEquals("ko", browser.findElement(By.tagName("html")).getAttribute("lang"));
            search("탈북민");
            List<String> hits = hitLinks();
            assertTrue(hits.stream().anyMatch(h -> h.endsWith("/measures/defectors-in-south-korea")), hits.toString());
            List<String> marked = marked();
            assertTrue(marked.stream().anyMatch(m -> m.contains("북")), "the Korean word is highlighted: " + marked);
            assertTrue(browser.findElement(By.id("search-count")).getText().contains("일치"),
                    browser.findElement(By.id("search-count")).getText());
            assertTrue(browser.findElement(By.cssSelector(".kb-facets")).getText().contains("항목 종류"));
            Browser.screenshot(browser, "reader-journey-01-search-ko");

            step = "2 switch to English and search again";
            browser.findElement(By.id("lang-en")).click();
            wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            assertEquals("탈북민", browser.findElement(By.id("search-q")).getAttribute("value"), "the results stay");
            assertTrue(browser.findElement(By.cssSelector(".kb-facets")).getText().contains("Kind of entry"));
            search("prison camps");
            List<String> english = marked();
            assertFalse(english.isEmpty());
            assertTrue(english.stream().map(m -> m.toLowerCase(Locale.ROOT))
                    .allMatch(m -> m.startsWith("prison") || m.startsWith("camp")), english.toString());
            Browser.screenshot(browser, "reader-journey-02-search-en");

            step = "3 open the measure from the results";
            WebElement measure = browser.findElements(By.cssSelector("a.kb-hit__title")).stream()
                    .filter(a -> a.getAttribute("href").endsWith("/measures/political-prisoners")).findFirst()
                    .orElseThrow(() -> new AssertionError("the camp measure is on the first page: " + hitLinks()));
            measure.click();
            wait.until(ExpectedConditions.urlContains("/measures/political-prisoners"));
            assertEquals("People held in North Korea's political prison camps",
                    browser.findElement(By.id("measure-name")).getText());

            step = "4 the estimate-spread chart and its data table";
            WebElement chart = browser.findElement(By.cssSelector("svg.spread-chart"));
            assertTrue(chart.isDisplayed());
            assertEquals("img", chart.getAttribute("role"));
            String title = browser.findElement(By.id("spread-chart-title")).getAttribute("textContent");
            String description = browser.findElement(By.id("spread-chart-desc")).getAttribute("textContent");
            assertFalse(title.isBlank(), "the chart has a title");
            assertTrue(description.matches("\\d+ figures from .*"), description);
            int marks = chart.findElements(By.cssSelector("g.spread-mark")).size();
            assertTrue(marks >= 3, "the camp figures are drawn: " + marks);
            Browser.screenshot(browser, "reader-journey-03-measure-chart");
            WebElement table = browser.findElement(By.id("spread-table"));
            assertFalse(table.isDisplayed(), "the table waits behind its summary");
            browser.findElement(By.cssSelector("details.spread-data > summary")).click();
            wait.until(ExpectedConditions.visibilityOf(table));
            assertEquals(marks, table.findElements(By.cssSelector("tr.spread-row")).size(), "one row per mark");
            assertTrue(table.getText().contains("up to 120,000"), table.getText());
            Browser.screenshot(browser, "reader-journey-04-measure-table");

            step = "5 open a claim and switch the citation style";
            table.findElement(By.xpath(".//a[normalize-space()='up to 120,000']")).click();
            wait.until(ExpectedConditions.textToBe(By.id("claim-figure"), "up to 120,000"));
            WebElement entry = browser.findElement(By.cssSelector(".cite-entry"));
            assertEquals("chicago-author-date", entry.getAttribute("data-style"), "Chicago author-date first");
            String chicago = entry.getText();
            assertTrue(chicago.matches("(?s).*\\. \\d{4}[a-z]?\\. .*"), "Chicago puts the bare year after the author: " + chicago);
            Browser.screenshot(browser, "reader-journey-05-claim-chicago");
            new Select(browser.findElement(By.id("style"))).selectByValue("apa");
            browser.findElement(By.cssSelector("#cite-styles button[type='submit']")).click();
            wait.until(driver -> Browser.gone(entry)); // the page is replaced, not updated in place
            wait.until(d -> "apa".equals(d.findElement(By.cssSelector(".cite-entry")).getAttribute("data-style")));
            String apa = browser.findElement(By.cssSelector(".cite-entry")).getText();
            assertNotEquals(chicago, apa, "the formatted citation changed");
            assertTrue(apa.matches("(?s).*\\(\\d{4}[^)]*\\)\\. .*"), "APA puts the year in parentheses: " + apa);
            assertEquals("apa", new Select(browser.findElement(By.id("style"))).getFirstSelectedOption().getAttribute("value"));
            assertEquals("up to 120,000", browser.findElement(By.id("claim-figure")).getText(), "the same claim");
            Browser.screenshot(browser, "reader-journey-06-claim-apa");

            step = "6 download the CSV of verified figures";
            WebElement csvLink = browser.findElement(By.id("export-csv"));
            csvLink.click();
            Path csv = downloads.resolve("corroborate-claims.csv");
            wait.until(d -> Files.isRegularFile(csv) && !partialDownload(downloads));
            Browser.screenshot(browser, "reader-journey-07-downloaded");
            List<CSVRecord> rows;
            List<String> header;
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                header = parser.getHeaderNames();
                rows = parser.getRecords();
            }
            assertTrue(header.containsAll(List.of("claim_id", "permalink", "measure_slug", "statement", "figure_phrase",
                    "organization", "status")), header.toString());
            assertTrue(rows.size() >= 78, "the demo's verified figures: " + rows.size());
            assertTrue(rows.stream().allMatch(r -> r.get("status").equals("VERIFIED")));
            assertTrue(rows.stream().anyMatch(r -> r.get("measure_slug").equals("political-prisoners")
                    && r.get("figure_phrase").equals("up to 120,000")), "the claim just read is among them");
            assertTrue(rows.stream().anyMatch(r -> r.get("measure_slug").equals("defectors-in-south-korea")));
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(browser, "reader-journey-failed");
            throw new AssertionError("step " + step + " failed at " + browser.getCurrentUrl() + ": " + e.getMessage(), e);
        }
    }

    /** Types the words into the header's search box and waits for the results of exactly these words. */
    private void search(String words) {
        WebElement box = browser.findElement(By.id("header-search"));
        box.clear();
        box.sendKeys(words);
        browser.findElement(By.id("header-search-go")).click();
        wait.until(d -> d.getCurrentUrl().contains("search.xhtml")
                && words.equals(d.findElement(By.id("search-q")).getAttribute("value")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.kb-hit")));
    }

    private List<String> hitLinks() {
        return browser.findElements(By.cssSelector("a.kb-hit__title")).stream().map(a -> a.getAttribute("href")).toList();
    }

    private List<String> marked() {
        return browser.findElements(By.cssSelector(".kb-hit__snippet mark")).stream().map(WebElement::getText).toList();
    }

    private static boolean partialDownload(Path downloads) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return true;
        }
    }
}
