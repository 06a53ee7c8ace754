package org.corroborate.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Enter in a single-line field of a member's form runs the form's main action or nothing: never the first button of
 * the page, which is a row's "remove". In real headless Chromium, on the source form (authors) and the claim form
 * (citations). Screenshots land in target/screenshots/enter-*.png.
 */
@ExtendWith(TestServer.class)
class EnterKeyBrowserIT {

    private static final String USERNAME = "hrnk-contributor";

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
    void enterInTheSourceTitleSavesAndKeepsEveryAuthor() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        inBrowser("source form", () -> enterInTheSourceTitleKeepsBothAuthors(run));
    }

    @Test
    void enterInTheFigurePhraseKeepsEveryCitation() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String first = "Enter key first source " + run;
        String second = "Enter key second source " + run;
        Contributions contributions = new Contributions(base);
        long firstId = contributions.source(USERNAME, "hrnk", first, "PUBLIC", null);
        contributions.source(USERNAME, "hrnk", second, "PUBLIC", null);
        inBrowser("claim form", () -> enterInTheFigurePhraseKeepsBothCitations(firstId, first, second));
    }

    /** Signs in, then runs {@code steps}; a failure leaves a screenshot and says where it happened. */
    private void inBrowser(String what, Runnable steps) {
        browser = Browser.start("en-US");
        wait = Browser.waitFor(browser);
        try {
            signIn();
            steps.run();
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(browser, "enter-failed-" + what.replace(' ', '-'));
            throw new AssertionError(what + " failed at " + browser.getCurrentUrl() + ": " + e.getMessage(), e);
        }
    }

    private void signIn() {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(USERNAME);
        browser.findElement(By.id("login:password")).sendKeys(WebClient.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("/contribute/my-items.xhtml"));
    }

    // Two authors typed, then Enter in the title: the form saves (or stays), and both authors are kept.
    private void enterInTheSourceTitleKeepsBothAuthors(String run) {
        browser.get(base + "contribute/source-edit.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source-form:title")));
        while (authorRows().size() < 2) {
            int before = authorRows().size();
            browser.findElement(By.id("source-form:add-author")).click();
            wait.until(driver -> authorRows().size() > before);
            waitForAjax();
        }
        List<WebElement> rows = authorRows();
        assertEquals(2, rows.size(), "two author rows");
        String[] families = {"Hawk" + run, "Kim" + run};
        for (int i = 0; i < 2; i++) {
            rows.get(i).findElement(By.cssSelector("input[id$=':family']")).sendKeys(families[i]);
            rows.get(i).findElement(By.cssSelector("input[id$=':given']")).sendKeys("Author " + i);
        }
        WebElement title = browser.findElement(By.id("source-form:title"));
        title.sendKeys("A source typed by hand " + run);
        Browser.screenshot(browser, "enter-01-source-typed");

        title.sendKeys(Keys.ENTER);
        wait.until(driver -> Browser.gone(title) || authorRows().size() != 2);
        waitForAjax();
        Browser.screenshot(browser, "enter-02-source-after-enter");
        if (browser.getCurrentUrl().contains("source-edit.xhtml")) {
            List<WebElement> after = authorRows();
            assertEquals(2, after.size(), "both author rows are still there");
            for (int i = 0; i < 2; i++) {
                assertEquals(families[i], after.get(i).findElement(By.cssSelector("input[id$=':family']"))
                        .getAttribute("value"), "what was typed stays");
            }
            assertEquals("A source typed by hand " + run,
                    browser.findElement(By.id("source-form:title")).getAttribute("value"), "the title stays");
        } else {
            String page = browser.findElement(By.tagName("body")).getText();
            assertTrue(page.contains("A source typed by hand " + run), "the source was saved: " + page);
            for (String family : families) {
                assertTrue(page.contains(family), "the saved source has both authors: " + page);
            }
        }
    }

    // Two citations, then Enter in the figure's phrase: both citations are still there.
    private void enterInTheFigurePhraseKeepsBothCitations(long firstId, String first, String second) {
        browser.get(base + "contribute/claim-edit.xhtml?source=" + firstId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim:phrase")));
        assertEquals(1, citations().size(), "the source of the address is cited");
        browser.findElement(By.id("claim:add-citation")).click();
        wait.until(driver -> citations().size() == 2);
        waitForAjax();
        WebElement source = browser.findElement(By.cssSelector("input[id$=':1:source_input']"));
        source.sendKeys(second);
        WebElement suggestion = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@id,':1:source_panel')]//li[contains(@class,'ui-autocomplete-item') and contains(., \""
                        + second + "\")]")));
        suggestion.click();
        waitForAjax();
        WebElement phrase = browser.findElement(By.id("claim:phrase"));
        phrase.sendKeys("some people");
        Browser.screenshot(browser, "enter-03-claim-typed");

        phrase.sendKeys(Keys.ENTER);
        wait.until(driver -> Browser.gone(phrase) || citations().size() != 2);
        waitForAjax();
        Browser.screenshot(browser, "enter-04-claim-after-enter");
        assertEquals(2, citations().size(), "both citations are still there");
        assertTrue(browser.findElement(By.cssSelector("input[id$=':0:source_input']")).getAttribute("value")
                .contains(first), "the first citation's source stays");
        assertTrue(browser.findElement(By.cssSelector("input[id$=':1:source_input']")).getAttribute("value")
                .contains(second), "the second citation's source stays");
        assertEquals("some people", browser.findElement(By.id("claim:phrase")).getAttribute("value"),
                "what was typed stays");
    }

    private List<WebElement> authorRows() {
        return browser.findElements(By.cssSelector("#source-form .src-author"));
    }

    private List<WebElement> citations() {
        return browser.findElements(By.cssSelector("#claim .clm-citation"));
    }

    /** Waits until PrimeFaces has no Ajax request under way (and jQuery none either). */
    private void waitForAjax() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0);"));
    }
}
