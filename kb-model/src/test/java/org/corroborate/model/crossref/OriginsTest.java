package org.corroborate.model.crossref;

import org.corroborate.model.claim.Citation;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.Locator;
import org.corroborate.model.claim.LocatorType;
import org.corroborate.model.claim.RelayHop;
import org.corroborate.model.claim.Stance;
import org.corroborate.model.organization.Organization;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.Source;
import org.corroborate.model.source.SourceKind;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Figure-level origins: a citation's chain of relays, never the relays recorded between sources. */
class OriginsTest {

    private final Organization nkdb = new Organization("nkdb", "Database Center for North Korean Human Rights");
    private final Source commission = source(1, "Report of the Commission of Inquiry", SourceKind.REPORT);
    private final Source heritage = source(2, "Heritage commentary", SourceKind.WEB_PAGE);
    private final Source yonhap = source(3, "Yonhap", SourceKind.NEWS_ARTICLE);
    private final Source ministry = source(4, "Ministry of Unification statistics", SourceKind.DATASET);
    private final Source news = source(5, "Korea Herald article", SourceKind.NEWS_ARTICLE);
    private final Source compilation = source(6, "Compilation of estimates", SourceKind.REPORT);
    private final Source fieldWork = source(7, "Our interviews", SourceKind.REPORT);
    private final Page page = new Page();

    @Test
    void aCitationNamingNoRelayIsItsOwnOrigin() {
        compilation.relay(commission);   // source-level relays are bibliographic context only
        compilation.relay(yonhap);
        Citation c = cite(claim(), compilation);

        assertEquals(List.of(compilation), Origins.chain(c));
        assertEquals(compilation, Origins.of(c));
    }

    @Test
    void theChainRunsFromTheCitedSourceThroughEachHopToTheOrigin() {
        Citation c = cite(claim(), news, new RelayHop(yonhap, null), new RelayHop(ministry, "table 2"));

        assertEquals(List.of(news, yonhap, ministry), Origins.chain(c));
        assertEquals(ministry, Origins.of(c));
    }

    @Test
    void fieldWorkIsNotANewspapersFigureBecauseTheNewspaperOnceRelayedIt() {
        fieldWork.relay(news);
        Claim own = claim();
        cite(own, fieldWork);

        assertEquals(Set.of(7L), Origins.ofClaim(own));
        assertEquals(Set.of(7L), Origins.reach(own));
    }

    @Test
    void onlySupportingCitationsCountWhenThereAreAny() {
        Claim claim = claim();
        cite(claim, heritage, new RelayHop(commission, "para. 778"));
        claim.cite(news, page.three(), null, Stance.MENTIONS);

        assertEquals(Set.of(1L), Origins.ofClaim(claim));
        assertEquals(Set.of(2L, 1L), Origins.reach(claim));
    }

    @Test
    void claimsAreOneGroupOnlyWhenTheirChainsMeet() {
        Claim viaHeritage = claim(11);
        cite(viaHeritage, heritage, new RelayHop(commission, null));
        Claim direct = claim(12);
        cite(direct, commission);
        Claim viaNews = claim(13);
        cite(viaNews, news, new RelayHop(yonhap, null));
        Claim own = claim(14);
        cite(own, fieldWork);

        Map<Long, Set<Long>> reach = new LinkedHashMap<>();
        for (Claim c : List.of(viaHeritage, direct, viaNews, own)) {
            reach.put(c.getId(), Origins.reach(c));
        }
        List<Set<Long>> groups = Origins.groups(reach);

        assertEquals(List.of(Set.of(11L, 12L), Set.of(13L), Set.of(14L)), groups);
        assertTrue(Origins.shareOrigin(reach.get(11L), reach.get(12L)));
        assertFalse(Origins.shareOrigin(reach.get(13L), reach.get(14L)));
    }

    @Test
    void chainsMeetingOnAnIntermediateHopAreOneGroup() {
        Claim a = claim(21);
        cite(a, news, new RelayHop(yonhap, null), new RelayHop(ministry, null));
        Claim b = claim(22);
        cite(b, yonhap);    // Yonhap's own figure

        assertEquals(1, Origins.groups(Map.of(21L, Origins.reach(a), 22L, Origins.reach(b))).size());
    }

    @Test
    void sharingIsTransitive() {
        Map<Long, Set<Long>> reach = new LinkedHashMap<>();
        reach.put(1L, Set.of(100L));
        reach.put(2L, Set.of(200L));
        reach.put(3L, Set.of(100L, 200L));  // links the first two
        assertEquals(1, Origins.groups(reach).size());
    }

    private Citation cite(Claim claim, Source source, RelayHop... hops) {
        return claim.cite(source, page.three(), null, Stance.SUPPORTS, List.of(hops));
    }

    private Claim claim() {
        return claim(99);
    }

    private Claim claim(long id) {
        Claim claim = new Claim(nkdb, "About 31,000 defectors live in South Korea.", "en", null, null);
        setId(claim, id);
        return claim;
    }

    private Source source(long id, String title, SourceKind kind) {
        Source s = new Source(kind, title, Confidentiality.PUBLIC, nkdb);
        setId(s, id);
        return s;
    }

    private static void setId(Object entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Page {
        Locator three() {
            return new Locator(LocatorType.PAGE, "3");
        }
    }
}
