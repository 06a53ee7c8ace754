package org.corroborate.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reader in real headless Chromium: from the home page through a topic to a measure, a claim and its sources, in two
 * languages.
 */
@ExtendWith(TestServer.class)
class ReaderBrowserIT {

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
    void aReaderGoesFromTheHomePageThroughATopicToAMeasureAClaimAndItsSources() {
        browser = Browser.start("en-US");
        browser.get(base.toString());
        Browser.screenshot(browser, "home-en");
        assertEquals("North Korean human rights figures, corroborated · Corroborate", browser.getTitle());

        // the latest reconciliations (other test classes publish some of their own): as the API lists them, each
        // marked contested or not as the API says
        List<WebElement> listed = browser.findElements(By.cssSelector("#latest-reconciliations [data-measure]"));
        List<jakarta.json.JsonObject> latest = Http.json(Http.get(base, "api/v1/home")).getJsonArray("reconciliations")
                .getValuesAs(jakarta.json.JsonObject.class);
        assertFalse(listed.isEmpty(), "the home page lists the latest reconciliations");
        assertEquals(latest.stream().map(r -> r.getJsonObject("measure").getString("slug")).toList(),
                listed.stream().map(e -> e.getAttribute("data-measure")).toList());
        for (int i = 0; i < listed.size(); i++) {
            assertEquals(String.valueOf(latest.get(i).getBoolean("contested")), listed.get(i).getAttribute("data-contested"),
                    listed.get(i).getAttribute("data-measure"));
        }
        assertTrue(browser.findElements(By.cssSelector("#topics [data-topic]")).size() >= 5);

        browser.findElement(By.cssSelector("#topics [data-topic='Detention and prison camps'] a")).click();
        Browser.screenshot(browser, "topic-en");
        assertEquals("Detention and prison camps", browser.findElement(By.id("topic-name")).getText());
        assertTrue(browser.getCurrentUrl().endsWith("/topics/Detention%20and%20prison%20camps"), browser.getCurrentUrl());
        WebElement prisoners = browser.findElement(By.cssSelector("#topic-measures [data-measure='political-prisoners']"));
        assertTrue(prisoners.getText().contains("80,000 – 120,000"), prisoners.getText());

        prisoners.findElement(By.cssSelector("th a")).click();
        Browser.screenshot(browser, "measure-en");
        assertEquals("People held in North Korea's political prison camps", browser.findElement(By.id("measure-name")).getText());
        List<WebElement> rows = browser.findElements(By.cssSelector("#claims_data tr"));
        assertEquals(3, rows.size(), "the camp estimates side by side: the Commission's, the commentary relaying it, HRNK's");
        String tableText = browser.findElement(By.id("claims")).getText();
        assertTrue(tableText.contains("up to 120,000"), tableText);
        assertTrue(tableText.contains("80,000 – 120,000"), tableText);
        assertFalse(tableText.contains("[80000, 120000]"), "no internal notation on a public page: " + tableText);

        browser.findElement(By.linkText("up to 120,000")).click();
        Browser.screenshot(browser, "claim-en");
        assertEquals("up to 120,000", browser.findElement(By.id("claim-figure")).getText());
        assertFalse(browser.findElement(By.id("claim-statement")).getText().isBlank());
        WebElement citation = browser.findElement(By.cssSelector(".kb-citation"));
        assertTrue(citation.findElement(By.tagName("mark")).getText().contains("120,000"));
        assertFalse(citation.findElements(By.cssSelector(".kb-relays li")).isEmpty(), "the relays are listed");

        String sourceTitle = citation.findElement(By.cssSelector(".kb-source__title a")).getText();
        citation.findElement(By.cssSelector(".kb-source__title a")).click();
        assertEquals(sourceTitle, browser.findElement(By.id("source-title")).getText());
        Browser.screenshot(browser, "source-en");
        assertTrue(browser.findElement(By.id("citing-claims")).getText().contains("up to 120,000"),
                "the source lists the figures citing it");
    }

    @Test
    void theReaderSwitchesToKoreanAndTheChoiceHolds() {
        browser = Browser.start("en-US");
        browser.get(base.toString());
        browser.findElement(By.id("lang-ko")).click();
        Browser.screenshot(browser, "home-ko");
        assertEquals("교차 검증한 북한 인권 수치", browser.findElement(By.tagName("h1")).getText());
        assertEquals("ko", browser.findElement(By.tagName("html")).getAttribute("lang"));

        browser.findElement(By.cssSelector("#topics [data-topic='Population and economy'] a")).click();
        Browser.screenshot(browser, "topic-ko");
        assertTrue(browser.findElement(By.id("topic-count")).getText().contains("측정 항목"), "the choice holds on the topic page");
        browser.findElement(By.cssSelector("#topic-measures [data-measure='nk-population'] th a")).click();
        Browser.screenshot(browser, "measure-ko");
        assertTrue(browser.findElement(By.tagName("h2")).getText().contains("수치"), "the choice holds on the next page");
        assertEquals("북한 인구", browser.findElement(By.id("measure-name")).getText(), "the measure is named in Korean");
    }

    @Test
    void aKoreanBrowserGetsKoreanPagesAndAnUnknownClaimGetsTheNotFoundPage() {
        browser = Browser.start("ko-KR");
        browser.get(base.toString());
        assertEquals("교차 검증한 북한 인권 수치", browser.findElement(By.tagName("h1")).getText());

        browser.get(base + "claim.xhtml?id=999999999");
        assertEquals("페이지를 찾을 수 없습니다", browser.findElement(By.tagName("h1")).getText());
    }
}
