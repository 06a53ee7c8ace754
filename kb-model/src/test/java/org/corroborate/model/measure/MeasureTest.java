package org.corroborate.model.measure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasureTest {

    private static final String DEFINITION = "North Koreans who have arrived in South Korea since 1953.";

    @Test
    void aFlowMeasureCountsPerItsPeriod() {
        Measure arrivals = new Measure("nk-defector-arrivals", "Defectors arriving in South Korea",
                DEFINITION, Unit.PERSONS, MeasureKind.FLOW, FlowPeriod.YEAR);

        assertEquals(MeasureKind.FLOW, arrivals.getKind());
        assertEquals(FlowPeriod.YEAR, arrivals.getFlowPeriod());
    }

    @Test
    void aFlowMeasureNeedsAFlowPeriod() {
        assertRefused(() -> measure(MeasureKind.FLOW, null),
                "Flow measure \"Defectors\" needs the period it counts per.");
    }

    @Test
    void aRateMeasureNeedsTheUnitOfTimeItCountsPer() {
        assertRefused(() -> measure(MeasureKind.RATE, null),
                "Rate measure \"Defectors\" needs the period it counts per.");
        assertEquals(FlowPeriod.WEEK, measure(MeasureKind.RATE, FlowPeriod.WEEK).getFlowPeriod());
    }

    @ParameterizedTest(name = "a {0} measure refuses a flow period")
    @EnumSource(value = MeasureKind.class, names = {"FLOW", "RATE"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyAFlowOrARateMeasureHasAFlowPeriod(MeasureKind kind) {
        assertRefused(() -> measure(kind, FlowPeriod.YEAR),
                "Only a flow or a rate measure counts per period; \"Defectors\" is " + kind + ".");
    }

    @ParameterizedTest(name = "a {0} measure needs no flow period")
    @EnumSource(value = MeasureKind.class, names = {"FLOW", "RATE"}, mode = EnumSource.Mode.EXCLUDE)
    void otherKindsHaveNoFlowPeriod(MeasureKind kind) {
        assertNull(measure(kind, null).getFlowPeriod());
    }

    @ParameterizedTest(name = "slug \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"NK-population", "nk_population", "nk population", "nk--population", "-nk", "nk-",
            " nk", "nk ", "nk.population", "défecteurs"})
    void refusesABadSlug(String slug) {
        assertRefused(() -> new Measure(slug, "Defectors", DEFINITION, Unit.PERSONS, MeasureKind.STOCK, null),
                "Measure slug \"" + slug + "\" may hold only lowercase letters, digits and single hyphens.");
    }

    @ParameterizedTest(name = "slug \"{0}\" is accepted")
    @ValueSource(strings = {"nk-population", "nk-camp-prisoners-2023", "a", "2023"})
    void acceptsLowercaseSlugsWithSingleHyphens(String slug) {
        assertEquals(slug, new Measure(slug, "Defectors", DEFINITION, Unit.PERSONS, MeasureKind.STOCK, null).getSlug());
    }

    @ParameterizedTest(name = "name \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesABlankName(String name) {
        assertRefused(() -> new Measure("nk-defectors", name, DEFINITION, Unit.PERSONS, MeasureKind.STOCK, null),
                "A measure needs a name.");
    }

    @ParameterizedTest(name = "definition \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesABlankDefinition(String definition) {
        assertRefused(() -> new Measure("nk-defectors", "Defectors", definition, Unit.PERSONS, MeasureKind.STOCK, null),
                "Measure \"Defectors\" needs a definition of what it counts.");
    }

    @Test
    void refusesAMissingUnitOrKind() {
        NullPointerException noUnit = assertThrows(NullPointerException.class,
                () -> new Measure("nk-defectors", "Defectors", DEFINITION, null, MeasureKind.STOCK, null));
        NullPointerException noKind = assertThrows(NullPointerException.class,
                () -> new Measure("nk-defectors", "Defectors", DEFINITION, Unit.PERSONS, null, null));

        assertEquals("A measure needs a unit.", noUnit.getMessage());
        assertTrue(noKind.getMessage().startsWith("A measure needs a kind"), noKind::getMessage);
    }

    @Test
    void stripsNameAndDefinition() {
        Measure measure = new Measure("nk-defectors", "  Defectors ", "  " + DEFINITION + "\n", Unit.PERSONS,
                MeasureKind.CUMULATIVE, null);

        assertEquals("Defectors", measure.getName());
        assertEquals(DEFINITION, measure.getDefinition());
    }

    @Test
    void aboutReachesTenPercentUnlessAnEditorSetsOtherwise() {
        assertEquals(0, Measure.DEFAULT_ABOUT_TOLERANCE_PERCENT.compareTo(BigDecimal.TEN));
        assertEquals(Measure.DEFAULT_ABOUT_TOLERANCE_PERCENT, measure(MeasureKind.STOCK, null).getAboutTolerancePercent());
    }

    @ParameterizedTest(name = "tolerance {0}% is accepted")
    @ValueSource(strings = {"0", "12.5", "100"})
    void acceptsAnAboutToleranceFromZeroToHundredPercent(BigDecimal percent) {
        Measure measure = measure(MeasureKind.STOCK, null);

        measure.setAboutTolerancePercent(percent);

        assertEquals(percent, measure.getAboutTolerancePercent());
    }

    @ParameterizedTest(name = "tolerance {0}% is refused")
    @NullSource
    @ValueSource(strings = {"-0.01", "-1", "100.01", "250"})
    void refusesAnAboutToleranceOutsideZeroToHundredPercent(BigDecimal percent) {
        Measure measure = measure(MeasureKind.STOCK, null);

        assertRefused(() -> measure.setAboutTolerancePercent(percent),
                "The tolerance for \"about\" must be between 0 and 100 percent.");
        assertEquals(Measure.DEFAULT_ABOUT_TOLERANCE_PERCENT, measure.getAboutTolerancePercent());
    }

    @Test
    void measuresAreEqualByTheirSlug() {
        Measure a = new Measure("nk-defectors", "Defectors", DEFINITION, Unit.PERSONS, MeasureKind.STOCK, null);
        Measure b = new Measure("nk-defectors", "Other name", "Other definition.", Unit.PERSONS, MeasureKind.CUMULATIVE, null);
        Measure c = new Measure("nk-camps", "Defectors", DEFINITION, Unit.PERSONS, MeasureKind.STOCK, null);

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
    }

    @Test
    void locateSetsPlaceAndTopic() {
        Measure measure = measure(MeasureKind.STOCK, null);

        measure.locate("South Korea", "refugees");

        assertEquals("South Korea", measure.getPlace());
        assertEquals("refugees", measure.getTopic());
    }

    private static Measure measure(MeasureKind kind, FlowPeriod flowPeriod) {
        return new Measure("nk-defectors", "Defectors", DEFINITION, Unit.PERSONS, kind, flowPeriod);
    }

    @Test
    void aMeasureMergesOnlyIntoAnotherThatCountsTheSameWay() {
        Measure a = new Measure("a", "A", DEFINITION, Unit.PERSONS, MeasureKind.STOCK, null);
        Measure b = new Measure("b", "B", DEFINITION, Unit.PERSONS, MeasureKind.STOCK, null);
        Measure share = new Measure("share", "Share", DEFINITION, Unit.PERCENT, MeasureKind.STOCK, null);
        assertRefused(() -> a.mergeInto(a), "cannot be merged into itself");
        assertRefused(() -> a.mergeInto(share), "count differently");
        b.mergeInto(a);
        assertEquals(a, b.getMergedInto());
        assertRefused(() -> b.mergeInto(share), "already merged");
        assertRefused(() -> share.mergeInto(b), "already merged");
    }

    @Test
    void aRenameKeepsTheAddressAndClearsBlankKoreanForms() {
        Measure m = new Measure("nk-population", "Population", DEFINITION, Unit.PERSONS, MeasureKind.STOCK, null);
        m.nameInKorean("인구");
        m.rename(" North Korea's population ", " ", "People living in North Korea.", "북한에 사는 사람의 수.");
        assertEquals("nk-population", m.getSlug());
        assertEquals("North Korea's population", m.getName());
        assertEquals(null, m.getNameKo());
        assertEquals("북한에 사는 사람의 수.", m.getDefinitionKo());
        assertRefused(() -> m.rename(" ", null, "x", null), "needs a name");
    }

    private static void assertRefused(Executable action, String expectedMessage) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        assertTrue(e.getMessage().contains(expectedMessage),
                () -> "message \"" + e.getMessage() + "\" should contain \"" + expectedMessage + "\"");
    }
}
