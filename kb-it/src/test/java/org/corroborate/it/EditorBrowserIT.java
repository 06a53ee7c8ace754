package org.corroborate.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor in real headless Chromium: opens the conflict board, opens a population conflict (24 against
 * 25 million, on a measure this test creates with a claim of HRNK and one of Heritage), reconciles it with a rule and
 * a rationale (the rule fills the figure and the period) beside the spread chart and the comparisons, and saves it: no
 * publishing before another organization approves. An HRNK editor approves it after a confirmation saying what will
 * become public; the NAUH editor publishes it after another; the measure's public page shows the new figure, its
 * history and "drafted by NAUH; approved by HRNK" (no user names); the editor dissents, then endorses, from the
 * measure page; the board no longer lists the settled conflict and still lists the demo's. Screenshots of every step land in
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
            signIn("nauh-editor");

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
            assertEquals("2018-01", browser.findElement(By.id("reconcile:as-of")).getAttribute("value"),
                    "the rule fills the period of the figure it takes");
            browser.findElement(By.id("reconcile:rationale")).sendKeys(RATIONALE);
            Browser.screenshot(browser, "editor-03-reconcile-filled");

            step = "5 save: not publishable without another organization's approval";
            browser.findElement(By.id("reconcile:save")).click();
            wait.until(d -> d.findElement(By.id("approval-state")).getText().contains("Not approved yet"));
            assertTrue(browser.findElement(By.id("approval-state")).getText().contains("other than NAUH"),
                    browser.findElement(By.id("approval-state")).getText());
            assertTrue(browser.findElements(By.id("reconcile:publish")).isEmpty(), "no publish button before approval");
            assertTrue(browser.findElements(By.id("reconcile:approve")).isEmpty(), "NAUH cannot approve its own draft");
            assertTrue(browser.findElement(By.id("spread")).findElements(By.tagName("svg")).size() == 1,
                    "the spread chart is shown while deciding");
            assertTrue(browser.findElement(By.id("comparisons")).getText().contains("24 million civilians"),
                    "and the comparisons");
            assertEquals(1, browser.findElements(By.cssSelector("#tolerance-form input[name='measureVersion'][value]")).stream()
                    .filter(e -> !e.getAttribute("value").isEmpty()).count(), "the tolerance form there names the measure's version");
            Browser.screenshot(browser, "editor-04-saved-awaiting-approval");

            step = "6 another organization approves, after a confirmation";
            browser.manage().deleteAllCookies();
            signIn("hrnk-editor");
            browser.get(base + "review/reconcile.xhtml?measure=" + measure);
            browser.findElement(By.id("reconcile:approve")).click();
            WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
            assertTrue(dialog.getText().contains("25,000,000") && dialog.getText().contains("NAUH drafted it")
                    && dialog.getText().contains("HRNK, approved it"), dialog.getText());
            Browser.screenshot(browser, "editor-05-approve-confirmation");
            browser.findElement(By.id("reconcile:confirm-yes")).click();
            wait.until(d -> d.findElement(By.id("approval-state")).getText().contains("Approved by hrnk-editor (HRNK)"));
            assertTrue(browser.findElements(By.id("reconcile:approve")).isEmpty(), "approved once");

            step = "7 the drafter publishes, after a confirmation";
            browser.manage().deleteAllCookies();
            signIn("nauh-editor");
            browser.get(base + "review/reconcile.xhtml?measure=" + measure);
            browser.findElement(By.id("reconcile:publish")).click();
            dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
            assertTrue(dialog.getText().contains("Everyone will see 25,000,000") && dialog.getText().contains("HRNK approved it"),
                    dialog.getText());
            browser.manage().window().setSize(new Dimension(390, 1400));
            Browser.screenshot(browser, "editor-06-publish-confirmation-390px");
            browser.findElement(By.id("reconcile:confirm-yes")).click();
            wait.until(ExpectedConditions.urlContains("/measure.xhtml"));

            step = "8 the public page";
            WebElement figure = browser.findElement(By.id("reconciled-figure"));
            assertTrue(figure.getText().startsWith("25,000,000"), figure.getText());
            assertEquals("Most recent", browser.findElement(By.id("reconciled-rule")).getText());
            assertTrue(browser.findElement(By.id("rationale")).getText().contains("leaves the armed forces out"));
            assertTrue(browser.findElement(By.id("history")).getText().contains("Version 1"), browser.findElement(By.id("history")).getText());
            assertTrue(browser.findElement(By.id("roles")).getText().contains("Deprecated (different definition)"));
            assertEquals("Drafted by NAUH; approved by HRNK.", browser.findElement(By.id("approval")).getText());
            Browser.screenshot(browser, "editor-06-measure-public-figure");

            step = "9 dissent, then endorse, from the measure page";
            assertTrue(browser.findElement(By.id("current-response")).getText().contains("has not responded to version 1"));
            browser.findElement(By.cssSelector("input[name='response-form:stance'][value='DISSENT']")).click();
            browser.findElement(By.id("response-form:comment")).sendKeys("The register leaves out the army, as said, but 2018 is old.");
            browser.findElement(By.id("response-form:respond")).click();
            wait.until(d -> d.findElement(By.id("current-response")).getText().contains("NAUH dissents version 1"));
            assertTrue(browser.findElement(By.id("contested")).isDisplayed(), "a dissent makes the figure contested");
            assertEquals("true", browser.findElement(By.cssSelector("input[name='response-form:stance'][value='DISSENT']"))
                    .getAttribute("checked"), "the current response is shown in the form");
            browser.findElement(By.cssSelector("input[name='response-form:stance'][value='ENDORSE']")).click();
            browser.findElement(By.id("response-form:respond")).click();
            wait.until(d -> d.findElement(By.id("current-response")).getText().contains("NAUH endorses version 1"));
            assertTrue(browser.findElements(By.id("contested")).isEmpty(), "changed: no longer contested");
            Browser.screenshot(browser, "editor-07-measure-response");
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "document.getElementById('measure-responses').scrollIntoView()");
            Browser.screenshot(browser, "editor-07-measure-response-390px");
            browser.manage().window().setSize(new Dimension(1280, 1100));

            step = "10 permalink and signed out";
            String permalink = browser.findElement(By.id("current-permalink")).getAttribute("href");
            browser.manage().deleteAllCookies();
            browser.get(permalink);
            assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Version 1"));
            assertTrue(browser.findElement(By.id("reconciled-figure")).getText().startsWith("25,000,000"));
            assertEquals("Drafted by NAUH; approved by HRNK.", browser.findElement(By.id("approval")).getText());
            assertFalse(browser.getPageSource().contains("nauh-editor") || browser.getPageSource().contains("hrnk-editor"),
                    "no staff user name on a public page");
            assertTrue(browser.findElements(By.id("respond-form")).isEmpty(), "the public cannot endorse");
            browser.get(base + "measure.xhtml?slug=" + measure);
            assertTrue(browser.findElements(By.id("measure-responses")).isEmpty(), "nor on the measure page");
            assertFalse(browser.getPageSource().contains("nauh-editor"), "no staff user name on the measure page");
            Browser.screenshot(browser, "editor-08-permalink-public");

            step = "11 the board no longer lists it";
            signIn("nauh-editor");
            browser.get(base + "review/conflicts.xhtml");
            assertFalse(browser.getPageSource().contains(conflict), "settled by the published reconciliation");
            assertTrue(browser.findElements(By.id("conflict-nk-people-in-china")).size() == 1);
            Browser.screenshot(browser, "editor-09-board-after");
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(browser, "editor-failed");
            throw new AssertionError("step " + step + " failed at " + browser.getCurrentUrl() + ": " + e.getMessage(), e);
        }
    }

    private void signIn(String account) {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(account);
        browser.findElement(By.id("login:password")).sendKeys(WebClient.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
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
