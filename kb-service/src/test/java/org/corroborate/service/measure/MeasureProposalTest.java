package org.corroborate.service.measure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasureProposalTest {

    @ParameterizedTest(name = "\"{0}\" gives {1}")
    @CsvSource(delimiter = '|', value = {
            "People held in prison camps|people-held-in-prison-camps",
            "  North Koreans in China (2019)  |north-koreans-in-china-2019",
            "Défecteurs — arrivals per year|defecteurs-arrivals-per-year",
            "탈북민 수|''",
            "Defectors 탈북민 arriving|defectors-arriving"})
    void derivesTheSlugFromTheEnglishName(String name, String slug) {
        assertEquals(slug, MeasureSlugs.fromName(name));
    }

    @Test
    void cutsALongSlugAtAWord() {
        String slug = MeasureSlugs.fromName("Number of people held in political prison camps and other detention facilities at any time");

        assertTrue(slug.length() <= MeasureSlugs.MAX_LENGTH, slug);
        assertEquals("number-of-people-held-in-political-prison-camps-and-other", slug);
    }

    @Test
    void numbersASecondCandidate() {
        assertEquals("camps", MeasureSlugs.candidate("camps", 1));
        assertEquals("camps-2", MeasureSlugs.candidate("camps", 2));
    }

    @Test
    void findsAMeasureByItsKoreanNameWithOrWithoutSpaces() {
        assertEquals(0, MeasureMatch.rank("탈북민 수", "Defectors arrived", "탈북민 수", "defectors-arrived"));
        assertEquals(0, MeasureMatch.rank("탈북민수", "Defectors arrived", "탈북민 수", "defectors-arrived"));
        assertEquals(1, MeasureMatch.rank("탈북", "Defectors arrived", "탈북민 수", "defectors-arrived"));
        assertEquals(MeasureMatch.NONE, MeasureMatch.rank("수용소", "Defectors arrived", "탈북민 수", "defectors-arrived"));
    }

    @Test
    void ranksWholeThenStartThenWordThenAnywhere() {
        assertEquals(0, MeasureMatch.rank("nk-population", "Population of North Korea", null, "nk-population"));
        assertEquals(1, MeasureMatch.rank("people", "People held in camps", null, "camp-prisoners"));
        assertEquals(2, MeasureMatch.rank("camps", "People held in camps", null, "prisoners"));
        assertEquals(3, MeasureMatch.rank("amps", "People held in camps", null, "prisoners"));
        assertEquals(MeasureMatch.NONE, MeasureMatch.rank("china", "People held in camps", null, "prisoners"));
        assertEquals(0, MeasureMatch.rank("", "People held in camps", null, "prisoners"));
    }
}
