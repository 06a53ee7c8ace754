package org.corroborate.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor in real headless Chromium: opens the conflict board, opens a population conflict (24 against
 * 25 million, on a measure this test creates with a claim of HRNK and one of Heritage), reconciles it with a rule and
 * a rationale, publishes, and the measure's public page shows the new figure and its history, while the board no
 * longer lists the settled conflict and still lists the demo's. Screenshots of every step land in
 * target/screenshots/editor-*.png.
 */
@ExtendWith(TestServer.class)
class EditorBrowserIT {

    private static final String RATIONALE = "HRNK's 25 million (January 2018) counts the whole population; the "
            + "24 million 'civilians' leaves the armed forces out, so it measures a different group.";

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
    void anEditorReconcilesAConflictFromTheBoardAndThePublicSeesTheNewFigure() {
        Contributions members = new Contributions(base);
        String measure = members.measure("hrnk-contributor", "hrnk", "Population of a North Korean province");
        long census = members.source("hrnk-contributor", "hrnk", "Provincial population estimate", "PUBLIC", null);
        long civilians = members.source("heritage-contributor", "heritage", "Provincial civilian register", "PUBLIC", null);
        members.verified("hrnk-contributor", "hrnk", "heritage-editor", measure, "The province has 25 million people.",
                census, "25 million", 25_000_000, "2018-01");
        members.verified("heritage-contributor", "heritage", "hrnk-editor", measure,
                "The province has 24 million civilians.", civilians, "24 million civilians", 24_000_000, "2018-01");
        String conflict = "conflict-" + measure;

        browser = Browser.start("en-US");
        wait = Browser.waitFor(browser);
        String step = "start";
        try {
            step = "1 sign in";
            browser.get(base + "login.xhtml");
            browser.findElement(By.id("login:username")).sendKeys("nauh-editor");
            browser.findElement(By.id("login:password")).sendKeys(WebClient.DEMO_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));

            step = "2 conflict board";
            browser.findElement(By.id("nav-conflicts")).click();
            wait.until(ExpectedConditions.urlContains("/review/conflicts.xhtml"));
            assertEquals("Conflict board", browser.findElement(By.tagName("h1")).getText());
            WebElement population = browser.findElement(By.id(conflict));
            assertTrue(population.getText().contains("25 million") && population.getText().contains("24 million civilians"),
                    population.getText());
            assertTrue(population.getText().contains("Conflict (minor, 4% apart)"), population.getText());
            assertTrue(browser.findElement(By.id("conflict-nk-people-in-china")).getText().contains("major"));
            assertTrue(browser.findElements(By.id("conflict-political-prisoners")).isEmpty(), "the camp figures agree");
            Browser.screenshot(browser, "editor-01-conflict-board");

            step = "3 open the conflict";
            population.findElement(By.cssSelector("a.xref-reconcile")).click();
            wait.until(ExpectedConditions.urlContains("/review/reconcile.xhtml"));
            assertTrue(browser.findElement(By.id("reconcile-title")).getText().contains("Population of a North Korean province"));
            Browser.screenshot(browser, "editor-02-reconcile-open");

            step = "4 roles, rule, rationale";
            role("25 million").selectByValue("RECOMMENDED");
            role("24 million civilians").selectByValue("DEPRECATED");
            reason("24 million civilians").selectByValue("DIFFERENT_DEFINITION");
            new Select(browser.findElement(By.id("reconcile:rule"))).selectByValue("MOST_RECENT");
            browser.findElement(By.id("reconcile:apply-rule")).click();
            wait.until(d -> "25000000".equals(d.findElement(By.id("reconcile:low")).getAttribute("value")));
            assertEquals("25000000", browser.findElement(By.id("reconcile:high")).getAttribute("value"));
            browser.findElement(By.id("reconcile:as-of")).clear();
            browser.findElement(By.id("reconcile:as-of")).sendKeys("2018-01");
            browser.findElement(By.id("reconcile:rationale")).sendKeys(RATIONALE);
            Browser.screenshot(browser, "editor-03-reconcile-filled");

            step = "5 publish";
            browser.findElement(By.id("reconcile:publish")).click();
            acceptConfirmation();
            wait.until(ExpectedConditions.urlContains("/measure.xhtml"));

            step = "6 the public page";
            WebElement figure = browser.findElement(By.id("reconciled-figure"));
            assertTrue(figure.getText().startsWith("25,000,000"), figure.getText());
            assertEquals("Most recent", browser.findElement(By.id("reconciled-rule")).getText());
            assertTrue(browser.findElement(By.id("rationale")).getText().contains("leaves the armed forces out"));
            assertTrue(browser.findElement(By.id("history")).getText().contains("Version 1"), browser.findElement(By.id("history")).getText());
            assertTrue(browser.findElement(By.id("roles")).getText().contains("Deprecated (different definition)"));
            Browser.screenshot(browser, "editor-04-measure-public-figure");

            step = "7 permalink and signed out";
            String permalink = browser.findElement(By.id("current-permalink")).getAttribute("href");
            browser.manage().deleteAllCookies();
            browser.get(permalink);
            assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Version 1"));
            assertTrue(browser.findElement(By.id("reconciled-figure")).getText().startsWith("25,000,000"));
            assertTrue(browser.findElements(By.id("respond-form")).isEmpty(), "the public cannot endorse");
            Browser.screenshot(browser, "editor-05-permalink-public");

            step = "8 the board no longer lists it";
            browser.get(base + "login.xhtml");
            browser.findElement(By.id("login:username")).sendKeys("nauh-editor");
            browser.findElement(By.id("login:password")).sendKeys(WebClient.DEMO_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
            browser.get(base + "review/conflicts.xhtml");
            assertFalse(browser.getPageSource().contains(conflict), "settled by the published reconciliation");
            assertTrue(browser.findElements(By.id("conflict-nk-people-in-china")).size() == 1);
            Browser.screenshot(browser, "editor-06-board-after");
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(browser, "editor-failed");
            throw new AssertionError("step " + step + " failed at " + browser.getCurrentUrl() + ": " + e.getMessage(), e);
        }
    }

    /** Accepts the "publish?" confirmation, unless the browser has already accepted it on its own. */
    private void acceptConfirmation() {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
        } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.NoAlertPresentException e) {
            // accepted automatically (the driver's unhandled-prompt behaviour)
        }
    }

    private WebElement row(String phrase) {
        return browser.findElement(By.xpath("//tr[contains(@class,'rec-candidate')][.//a[normalize-space()='" + phrase + "']]"));
    }

    private Select role(String phrase) {
        return new Select(row(phrase).findElement(By.cssSelector("select[id$=':role']")));
    }

    private Select reason(String phrase) {
        return new Select(row(phrase).findElement(By.cssSelector("select[id$=':reason']")));
    }
}
