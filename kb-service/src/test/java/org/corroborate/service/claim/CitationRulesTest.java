package org.corroborate.service.claim;

import org.corroborate.model.claim.Locator;
import org.corroborate.model.claim.LocatorType;
import org.corroborate.model.claim.ClaimStatus;
import org.corroborate.service.shared.Message;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitationRulesTest {

    @Test
    void aQuoteFoundInHeldTextGetsItsPageWhenNoLocatorWasGiven() {
        Locator locator = CitationRules.locator(null, Optional.of(12));
        assertEquals(LocatorType.PAGE, locator.getType());
        assertEquals("12", locator.getValue());
    }

    @Test
    void theContributorsOwnLocatorIsKeptOverTheFoundPage() {
        Locator given = new Locator(LocatorType.PARAGRAPH, "4");
        assertEquals(given, CitationRules.locator(given, Optional.of(12)));
    }

    @Test
    void withoutHeldTextAndWithoutLocatorThereIsNoLocator() {
        assertNull(CitationRules.locator(null, Optional.empty()));
    }

    @Test
    void aCompleteClaimMayBeSubmitted() {
        assertTrue(CitationRules.missingForSubmission(true, true, true).isEmpty());
    }

    @Test
    void submissionNamesEveryMissingPartInBothLanguages() {
        for (boolean c : new boolean[]{true, false}) {
            for (boolean m : new boolean[]{true, false}) {
                for (boolean p : new boolean[]{true, false}) {
                    Optional<String> key = CitationRules.missingForSubmission(c, m, p);
                    if (c && m && p) {
                        continue;
                    }
                    String english = Message.of(Claims.class, key.orElseThrow(), 7L).format(Locale.ENGLISH);
                    String korean = Message.of(Claims.class, key.orElseThrow(), 7L).format(Locale.KOREAN);
                    assertTrue(english.startsWith("Claim 7 cannot be sent to review yet"), english);
                    assertEquals(!c, english.contains("citation"), english);
                    assertEquals(!m, english.contains("measure"), english);
                    assertEquals(!p, english.contains("period"), english);
                    assertTrue(korean.contains("검토에 보낼 수 없습니다"), korean);
                }
            }
        }
    }

    @Test
    void onlyDraftsAndClaimsSentBackMayBeChanged() {
        assertTrue(CitationRules.refusalToChange(ClaimStatus.DRAFT).isEmpty());
        assertTrue(CitationRules.refusalToChange(ClaimStatus.CHANGES_REQUESTED).isEmpty());
        for (ClaimStatus s : new ClaimStatus[]{ClaimStatus.SUBMITTED, ClaimStatus.VERIFIED, ClaimStatus.REJECTED, ClaimStatus.WITHDRAWN}) {
            String key = CitationRules.refusalToChange(s).orElseThrow();
            String english = Message.of(Claims.class, key, 3L).format(Locale.ENGLISH);
            assertTrue(english.startsWith("Claim 3 is "), english);
            assertTrue(!Message.of(Claims.class, key, 3L).format(Locale.KOREAN).equals(key), "a Korean message for " + s);
        }
    }

    @Test
    void messagesWithApostrophesKeepThem() {
        String english = Message.of(ClaimDrafts.class, "citation.quoteOrLocator", 5L).format(Locale.ENGLISH);
        assertTrue(english.contains("source's text"), english);
        assertTrue(english.contains("source 5"), english);
    }
}
