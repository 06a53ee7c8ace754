package org.corroborate.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A contributor in real headless Chromium, from signing in to a claim under review: imports a BibTeX file, pastes
 * the text of one of the new sources, drafts a claim from a figure the assistant found in it, is stopped by a
 * validation error that saves nothing, fixes it and submits. Screenshots of every step land in
 * target/screenshots/contributor-*.png.
 */
@ExtendWith(TestServer.class)
class ContributorBrowserIT {

    private static final String USERNAME = "hrnk-contributor";
    private static final String PASSWORD = "demo-password-2026";
    private static final String MEASURE_NAME = "People held in North Korea's political prison camps, as a contributor counts them";
    private static final String PASTED_TEXT = "Former prisoners and satellite imagery indicate that an estimated 80,000 to "
            + "120,000 people are held in the camps. Women forcibly returned from China are held in separate "
            + "holding centres, where up to 3,000 women were detained last year. Guards and former officials "
            + "describe the same conditions in every camp.";
    private static final Pattern SOURCE_LINK = Pattern.compile("source\\.xhtml\\?id=(\\d+)");

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

    /** The measure the contributor picks: this test's own, so that its claim under review changes no demo measure. */
    private String measure;

    @Test
    void aContributorImportsASourceAttachesItsTextAndSubmitsAClaimFromAnExtractedFigure() throws Exception {
        measure = new Contributions(base).measure(USERNAME, "hrnk", MEASURE_NAME);
        browser = Browser.start("en-US");
        wait = Browser.waitFor(browser);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String gulagTitle = "The Hidden Gulag: The Lives and Voices of Those Who Are Sent to the Mountains (" + run + ")";
        String womenTitle = "Forced Repatriation of North Korean Women: Detention and Abuse in Holding Centres (" + run + ")";
        String step = "start";
        try {
            step = "1 sign in";
            signIn();

            step = "2 import BibTeX";
            long sourceId = importBibTeX(run, gulagTitle, womenTitle);

            step = "3 upload a PDF";
            uploadPdf(sourceId, gulagTitle, run);

            step = "3 attach text";
            attachText(sourceId, gulagTitle);

            step = "4 figures";
            draftFromFigure(sourceId, gulagTitle);

            step = "5 claim form";
            String statement = fillClaimFixErrorAndSubmit(gulagTitle, run);

            step = "6 my items";
            myItemsListTheClaimUnderReview(statement);
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(browser, "contributor-failed");
            throw new AssertionError("step " + step + " failed at " + browser.getCurrentUrl() + ": " + e.getMessage(), e);
        }
    }

    // 1. The sign-in form leads a contributor to their organization's items.
    private void signIn() {
        browser.get(base + "login.xhtml");
        assertEquals("Sign in", browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.id("login:username")).sendKeys(USERNAME);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        Browser.screenshot(browser, "contributor-01-login");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("/contribute/my-items.xhtml"));
        assertEquals("My items", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("nav-contribute")).isDisplayed(), "the member menu is shown");
        Browser.screenshot(browser, "contributor-02-signed-in");
    }

    // 2. A BibTeX file with two reports: preview, confirmation, result with links to the new sources.
    private long importBibTeX(String run, String gulagTitle, String womenTitle) throws IOException {
        Path bib = bibFile(run);
        browser.get(base + "contribute/source-import.xhtml");
        assertEquals("Import a bibliography", browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.cssSelector("#upload-form input[type='file']")).sendKeys(bib.toAbsolutePath().toString());
        Browser.screenshot(browser, "contributor-03-import-file-chosen");
        browser.findElement(By.id("upload-form:read")).click();

        WebElement importable = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("count-importable")));
        Browser.screenshot(browser, "contributor-04-import-preview");
        assertEquals("2 records can be imported", importable.getText());
        assertEquals("0 records have errors", browser.findElement(By.id("count-errors")).getText());
        assertEquals("0 records may be duplicates", browser.findElement(By.id("count-duplicates")).getText());
        String records = browser.findElement(By.id("preview-form:records")).getText();
        assertTrue(records.contains(gulagTitle), records);
        assertTrue(records.contains(womenTitle), records);
        assertTrue(records.contains("Hawk, David"), "the author is understood: " + records);
        assertTrue(records.contains("Committee for Human Rights in North Korea"), "the publisher is understood: " + records);

        browser.findElement(By.id("preview-form:confirm")).click();
        WebElement yes = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")));
        String question = browser.findElement(By.cssSelector(".ui-confirm-dialog")).getText();
        assertTrue(question.contains("Either all of them are saved"), question);
        Browser.screenshot(browser, "contributor-05-import-confirm");
        yes.click();

        WebElement created = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("count-created")));
        waitForAjax();
        Browser.screenshot(browser, "contributor-06-import-done");
        assertEquals("Import saved", browser.findElement(By.tagName("h2")).getText());
        assertEquals("2 created", created.getText());
        assertEquals("0 skipped", browser.findElement(By.id("count-skipped")).getText());
        WebElement link = browser.findElement(By.linkText(gulagTitle));
        assertTrue(browser.findElement(By.linkText(womenTitle)).isDisplayed(), "both new sources are linked");
        Matcher id = SOURCE_LINK.matcher(link.getAttribute("href"));
        assertTrue(id.find(), link.getAttribute("href"));
        return Long.parseLong(id.group(1));
    }

    // 3. A PDF is read in the background: the page shows its progress, then its text; a scan is read by OCR and says so.
    private void uploadPdf(long sourceId, String title, String run) throws IOException {
        browser.get(base + "contribute/source-text.xhtml?id=" + sourceId);
        assertEquals(title, browser.findElement(By.id("text-source-title")).getText());
        assertFalse(browser.findElements(By.id("no-text")).isEmpty(), "no text is held yet");

        browser.findElement(By.cssSelector("#upload-form input[type='file']"))
                .sendKeys(file("scan-" + run + ".pdf", OcrIT.scan(List.of(OcrIT.ENGLISH))).toString());
        String ocr = wait.until(driver -> driver.findElements(By.id("held-ocr")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).findFirst().orElse(null));
        waitForAjax();
        Browser.screenshot(browser, "contributor-07-scan-read");
        assertTrue(ocr.matches("(?s)1 of 1 page\\(s\\) read by OCR, mean confidence \\d+% \\(Tesseract .*"), ocr);
        String marked = browser.findElement(By.cssSelector(".kb-text-ocr")).getText();
        assertTrue(marked.matches("Read by OCR, confidence \\d+%"), marked);
        assertTrue(browser.findElement(By.cssSelector(".kb-text-page")).getText().contains("About 31,000 North Korean defectors"));

        byte[] report = SourceTextIT.pdf(Collections.nCopies(300,
                List.of("An estimated 80,000 to 120,000 people are held in the camps.")));
        browser.findElement(By.cssSelector("#upload-form input[type='file']"))
                .sendKeys(file("report-" + run + ".pdf", report).toString());
        wait.until(driver -> !driver.findElements(By.id("upload-form:reading-progress")).isEmpty());
        Browser.screenshot(browser, "contributor-07-pdf-reading");
        wait.until(driver -> driver.findElement(By.id("held-pages")).getText().equals("300"));
        wait.until(driver -> driver.findElements(By.id("upload-form:reading")).isEmpty());
        waitForAjax();
        Browser.screenshot(browser, "contributor-07-pdf-kept");
        assertEquals("300", browser.findElement(By.id("held-pages")).getText());
        String note = browser.findElement(By.id("upload-form:upload-messages")).getText();
        assertTrue(note.contains("The text of the PDF is kept: 300 page(s)"), note);
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path target = Path.of(System.getProperty("kb.it.war", "target/kb-web.war")).toAbsolutePath().getParent()
                .resolve("browser");
        Files.createDirectories(target);
        return Files.write(target.resolve(name), content).toAbsolutePath();
    }

    // 3. Pasted text is held with its SHA-256, as one page, in place of the PDF.
    private void attachText(long sourceId, String title) throws NoSuchAlgorithmException {
        browser.get(base + "contribute/source-text.xhtml?id=" + sourceId);
        assertEquals(title, browser.findElement(By.id("text-source-title")).getText());
        assertTrue(browser.findElement(By.id("held-kind")).getText().startsWith("PDF"), "the PDF is held until the text replaces it");
        WebElement pasted = browser.findElement(By.id("paste-form:pasted"));
        pasted.sendKeys(PASTED_TEXT);
        Browser.screenshot(browser, "contributor-07-text-pasted");
        browser.findElement(By.id("paste-form:keep-pasted")).click();

        wait.until(driver -> driver.findElement(By.id("held-kind")).getText().equals("Pasted text"));
        waitForAjax();
        WebElement sha = browser.findElement(By.id("held-sha256"));
        Browser.screenshot(browser, "contributor-08-text-held");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(PASTED_TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, sha.getText(), "the fingerprint is that of the pasted text");
        assertEquals("1", browser.findElement(By.id("held-pages")).getText());
        assertEquals("Pasted text", browser.findElement(By.id("held-kind")).getText());
        String note = browser.findElement(By.id("paste-form:paste-messages")).getText();
        assertTrue(note.contains("The pasted text is kept") && note.contains(expected), note);
        assertTrue(browser.findElement(By.id("held-text")).getText().contains("80,000 to 120,000 people"),
                "the text is previewed");
    }

    // 4. The assistant lists the figures of the text; one of them starts a claim.
    private void draftFromFigure(long sourceId, String title) {
        browser.get(base + "contribute/source-figures.xhtml?id=" + sourceId);
        assertEquals("Figures in the text", browser.findElement(By.id("figures-heading")).getText());
        assertEquals(title, browser.findElement(By.id("figures-source-title")).getText());
        List<WebElement> rows = browser.findElements(By.cssSelector("[id='figures_data'] > tr, [id$=':figures_data'] > tr"));
        List<String> phrases = browser.findElements(By.cssSelector(".kb-figure__phrase")).stream()
                .map(WebElement::getText).toList();
        Browser.screenshot(browser, "contributor-09-figures");
        assertTrue(phrases.stream().anyMatch(p -> p.contains("80,000 to 120,000")), phrases.toString());
        assertTrue(phrases.stream().anyMatch(p -> p.contains("3,000")), phrases.toString());
        WebElement row = rows.stream()
                .filter(r -> r.findElement(By.cssSelector(".kb-figure__phrase")).getText().contains("80,000 to 120,000"))
                .findFirst().orElseThrow(() -> new AssertionError("no row for 80,000 to 120,000 among " + phrases));
        String rowText = row.getText();
        assertTrue(rowText.contains("80,000 – 120,000"), "the range's bounds: " + rowText);
        assertTrue(rowText.contains("people are held in the camps"), "the sentence: " + rowText);
        WebElement draft = row.findElement(By.linkText("Draft a claim from this figure"));
        draft.click();
        wait.until(ExpectedConditions.urlContains("/contribute/claim-edit.xhtml"));
    }

    // 5. The claim form: pre-filled, a measure picked, a rejected submission that saves nothing, a fixed one.
    private String fillClaimFixErrorAndSubmit(String sourceTitle, String run) {
        WebElement phrase = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim:phrase")));
        assertEquals("New claim", browser.findElement(By.id("form-title")).getText());
        assertTrue(phrase.getAttribute("value").contains("80,000 to 120,000"), phrase.getAttribute("value"));
        assertEquals("80000", browser.findElement(By.id("claim:low")).getAttribute("value"));
        assertEquals("120000", browser.findElement(By.id("claim:high")).getAttribute("value"));
        WebElement quote = browser.findElement(By.cssSelector("textarea[id$=':0:quote']"));
        assertTrue(quote.getAttribute("value").contains("an estimated 80,000 to 120,000 people are held in the camps"),
                quote.getAttribute("value"));
        assertEquals("1", browser.findElement(By.cssSelector("input[id$=':0:locator']")).getAttribute("value"),
                "the page of the quote");
        String cited = browser.findElement(By.cssSelector("input[id$=':0:source_input']")).getAttribute("value");
        assertTrue(cited.contains(sourceTitle), "the cited source: " + cited);
        Browser.screenshot(browser, "contributor-10-claim-prefilled");

        WebElement measure = browser.findElement(By.id("claim:measure_input"));
        measure.sendKeys(this.measure);
        WebElement suggestion = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='claim:measure_panel']//li[contains(@class,'ui-autocomplete-item') and contains(., \""
                        + MEASURE_NAME + "\")]")));
        Browser.screenshot(browser, "contributor-11-measure-suggestions");
        suggestion.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("claim:measure_panel")));
        assertTrue(measure.getAttribute("value").contains(MEASURE_NAME), measure.getAttribute("value"));

        // first attempt: no statement, a month that does not exist
        WebElement asOf = browser.findElement(By.id("claim:as-of"));
        asOf.sendKeys("2024-13");
        browser.findElement(By.id("claim:submit")).click();
        waitForAjax();
        WebElement statementError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//textarea[@id='claim:statement']/ancestor::div[contains(@class,'clm-field')][1]"
                        + "//*[contains(@class,'ui-message-error')]")));
        WebElement asOfError = browser.findElement(By.xpath(
                "//input[@id='claim:as-of']/ancestor::div[contains(@class,'clm-field')][1]"
                        + "//*[contains(@class,'ui-message-error')]"));
        Browser.screenshot(browser, "contributor-12-claim-invalid");
        assertFalse(statementError.getText().isBlank(), "the statement's error says something");
        assertTrue(asOfError.getText().contains("YYYY, YYYY-MM or YYYY-MM-DD"), asOfError.getText());
        assertTrue(browser.getCurrentUrl().contains("claim-edit.xhtml?source="), "still the new claim's address");
        assertEquals("New claim", browser.findElement(By.id("form-title")).getText(), "nothing was saved");
        assertTrue(browser.findElement(By.id("claim:phrase")).getAttribute("value").contains("80,000 to 120,000"),
                "what was typed stays");

        // second attempt: fixed
        String statement = "An estimated 80,000 to 120,000 people are held in North Korea's political prison camps"
                + " (browser test " + run + ").";
        browser.findElement(By.id("claim:statement")).sendKeys(statement);
        asOf = browser.findElement(By.id("claim:as-of"));
        asOf.clear();
        asOf.sendKeys("2024");
        Browser.screenshot(browser, "contributor-13-claim-fixed");
        browser.findElement(By.id("claim:submit")).click();
        wait.until(ExpectedConditions.urlMatches("claim-edit\\.xhtml\\?id=\\d+"));
        WebElement messages = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim:messages")));
        Browser.screenshot(browser, "contributor-14-claim-submitted");
        assertTrue(messages.getText().contains("was sent for review"), messages.getText());
        assertEquals("Under review", browser.findElement(By.cssSelector(".clm-badge")).getText());
        assertTrue(browser.findElements(By.id("claim:statement")).isEmpty(), "a claim under review is no longer editable");
        return statement;
    }

    // 6. The organization's items list the claim, under review.
    private void myItemsListTheClaimUnderReview(String statement) {
        browser.get(base + "contribute/my-items.xhtml");
        List<WebElement> rows = browser.findElements(By.cssSelector("[id$='items_data'] > tr")).stream()
                .filter(r -> r.getText().contains(statement)).toList();
        Browser.screenshot(browser, "contributor-15-my-items");
        assertEquals(1, rows.size(), "the claim is listed once: the rejected submission saved nothing");
        String row = rows.get(0).getText();
        assertTrue(row.contains("Under review"), row);
        assertTrue(row.contains(MEASURE_NAME), row);
        assertTrue(row.contains("80,000 to 120,000"), row);
        assertTrue(row.contains("1 citation"), row);
    }

    /** The BibTeX file of this run: the resource with RUN replaced, under target/. */
    private static Path bibFile(String run) throws IOException {
        String template;
        try (InputStream in = ContributorBrowserIT.class.getResourceAsStream("/browser/north-korea-reports.bib")) {
            if (in == null) {
                throw new IllegalStateException("browser/north-korea-reports.bib is missing from the test resources");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path target = Path.of(System.getProperty("kb.it.war", "target/kb-web.war")).toAbsolutePath().getParent()
                .resolve("browser");
        Files.createDirectories(target);
        Path bib = target.resolve("north-korea-reports-" + run + ".bib");
        try {
            Files.writeString(bib, template.replace("RUN", run), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bib;
    }

    /** Waits until PrimeFaces has no Ajax request under way (and jQuery none either). */
    private void waitForAjax() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0);"));
    }
}
