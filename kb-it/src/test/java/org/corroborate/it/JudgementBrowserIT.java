package org.corroborate.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the judgement looks like to a reader on a phone, in real headless Chromium 390 px wide: a measure whose
 * figures conflict draws both figures apart and labelled with their organization and value, the word "conflict" leads
 * to its explanation on the methodology page, and no public page nor member's page scrolls sideways.
 */
@ExtendWith(TestServer.class)
class JudgementBrowserIT {

    @TestServer.Base
    URL base;

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browser.close(browser);
        }
    }

    @Test
    void aReaderSeesTwoConflictingFiguresApartAndLabelledAndFindsWhatConflictMeans() {
        browser = Browser.startPhone("en-US");
        // North Korea's population in the demo: 24 million (LiNK) against 25 million (HRNK), a minor conflict
        browser.get(base + "measures/nk-population");
        Browser.screenshot(browser, "judgement-01-contested-measure-390");
        assertTrue(Browser.pageWidth(browser) <= Browser.PHONE_WIDTH,
                "the measure page fits the phone: " + Browser.pageWidth(browser) + " px");

        WebElement chart = browser.findElement(By.cssSelector("svg.spread-chart"));
        List<WebElement> marks = chart.findElements(By.cssSelector("g.spread-mark"));
        assertEquals(2, marks.size(), "one mark per figure");
        List<Map<String, Object>> boxes = new ArrayList<>();
        for (WebElement mark : marks) {
            boxes.add(box(mark.findElement(By.cssSelector("rect:not(.spread-swatch)"))));
        }
        double gap = Math.abs(centerY(boxes.get(0)) - centerY(boxes.get(1)));
        assertTrue(gap > 40, "24 million and 25 million stand apart on the zoomed axis: " + gap + " px");
        assertTrue(browser.findElement(By.id("spread-chart-break")).isDisplayed(), "the broken axis is marked");
        assertTrue(browser.findElement(By.id("spread-zoomed")).getText().contains("not at 0"),
                "the page says the axis does not start at 0");

        List<String> labels = chart.findElements(By.cssSelector("text.spread-label")).stream()
                .map(t -> t.getAttribute("textContent")).toList();
        assertEquals(2, labels.size(), "every figure is labelled");
        assertTrue(labels.stream().anyMatch(l -> l.contains("HRNK") && l.contains("25,000,000")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.contains("LiNK") && l.contains("24,000,000")), labels.toString());
        List<WebElement> texts = chart.findElements(By.cssSelector("text.spread-label"));
        Map<String, Object> first = box(texts.get(0));
        Map<String, Object> second = box(texts.get(1));
        assertFalse(overlap(first, second), "the labels do not overlap: " + first + " " + second);
        for (WebElement text : texts) {
            Map<String, Object> b = box(text);
            assertTrue(number(b, "right") <= Browser.PHONE_WIDTH, "a label stays on the screen: " + b);
            assertTrue(number(b, "height") >= 20, "a label is two lines of readable type: " + b);
        }

        // the finding names the conflict; the word leads to its explanation
        WebElement conflict = browser.findElement(By.cssSelector("#comparisons .kb-term[data-term='conflict']"));
        assertEquals("Conflict", conflict.getText());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", conflict);
        conflict.click();
        Browser.waitFor(browser).until(ExpectedConditions.urlContains("/methodology"));
        assertTrue(browser.getCurrentUrl().endsWith("/methodology#conflict"), browser.getCurrentUrl());
        WebElement explained = browser.findElement(By.id("conflict"));
        assertEquals("conflict", explained.getText());
        String definition = explained.findElement(By.xpath("following-sibling::dd[1]")).getText();
        assertTrue(definition.contains("do not overlap"), definition);
        Browser.screenshot(browser, "judgement-02-methodology-conflict-390");
        assertTrue(Browser.pageWidth(browser) <= Browser.PHONE_WIDTH, "the methodology page fits the phone");

        // the same in Korean
        browser.get(base + "measures/nk-population?lang=ko");
        WebElement korean = browser.findElement(By.cssSelector("#comparisons .kb-term[data-term='conflict']"));
        assertEquals("상충", korean.getText());
        assertTrue(korean.getAttribute("href").endsWith("/methodology#conflict"), korean.getAttribute("href"));
    }

    @Test
    void noPublicPageNorMembersPageScrollsSidewaysOnAPhone() {
        browser = Browser.startPhone("en-US");
        Set<String> wide = new LinkedHashSet<>();
        List<String> pages = new ArrayList<>(List.of("", "methodology", "sources", "organizations/hrnk",
                "topics/Detention%20and%20prison%20camps", "topics/Population%20and%20economy",
                "measures/political-prisoners", "measures/nk-population", "search.xhtml?q=prison",
                "reconciliation.xhtml?measure=political-prisoners&v=1", "login.xhtml"));
        browser.get(base + "measures/political-prisoners");
        pages.add(relative(browser.findElement(By.cssSelector("#claims_data a[href*='/claims/']")).getAttribute("href")));
        pages.add(relative(browser.findElement(By.cssSelector("#claims_data a[href*='/sources/']")).getAttribute("href")));
        for (String ko : List.of("measures/political-prisoners?lang=ko", "methodology?lang=ko", "?lang=ko")) {
            pages.add(ko);
        }
        measure(pages, wide, "public");

        browser.get(base + "login.xhtml?lang=en");
        browser.findElement(By.id("login:username")).sendKeys("hrnk-admin");
        browser.findElement(By.id("login:password")).sendKeys(WebClient.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        Browser.waitFor(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
        List<String> members = new ArrayList<>(List.of("contribute/my-items.xhtml", "contribute/claim-edit.xhtml",
                "contribute/source-edit.xhtml", "contribute/source-import.xhtml", "contribute/claim-import.xhtml",
                "review/queue.xhtml", "review/conflicts.xhtml", "review/reconcile.xhtml?measure=nk-population",
                "admin/audit.xhtml", "measures/nk-population", "measures/political-prisoners"));
        browser.get(base + "review/queue.xhtml");
        browser.findElements(By.cssSelector("a[href*='review/claim.xhtml']")).stream().findFirst()
                .ifPresent(a -> members.add(relative(a.getAttribute("href"))));
        measure(members, wide, "members'");
        assertTrue(wide.isEmpty(), "pages wider than a 390 px screen: " + wide);
    }

    private void measure(List<String> pages, Set<String> wide, String kind) {
        for (String page : pages) {
            browser.get(base + page);
            long width = Browser.pageWidth(browser);
            System.out.printf("[390px] %s page %s: %d px%n", kind, page.isEmpty() ? "/" : page, width);
            if (width > Browser.PHONE_WIDTH) {
                wide.add(page + " (" + width + " px)");
                Browser.screenshot(browser, "wide-" + page.replaceAll("[^a-zA-Z0-9]+", "-"));
            }
        }
    }

    private String relative(String href) {
        return href.startsWith(base.toString()) ? href.substring(base.toString().length()) : href.replaceFirst("^/", "");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> box(WebElement element) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                        + "return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height};", element);
    }

    private static double number(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    private static double centerY(Map<String, Object> box) {
        return (number(box, "top") + number(box, "bottom")) / 2;
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        return number(a, "top") < number(b, "bottom") && number(b, "top") < number(a, "bottom")
                && number(a, "left") < number(b, "right") && number(b, "left") < number(a, "right");
    }
}
