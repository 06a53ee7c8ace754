package org.corroborate.web.faces.contribute;

import org.corroborate.model.claim.Qualifier;
import org.corroborate.model.measure.Unit;
import org.corroborate.service.claim.NewClaim.FigureInput;
import org.corroborate.service.shared.FigureView;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The claim form's figure: the phrase its source uses, qualifier, number or range, unit. Filled from a draft or from
 * the extraction assistant's parameters; sent as the service's {@link FigureInput} (none without a phrase).
 */
public class FigureFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String phrase;
    private String qualifier = "EXACT";
    private BigDecimal value;
    private BigDecimal low;
    private BigDecimal high;
    private String unit = "PERSONS";

    /** From the extraction assistant's parameters (texts as the link carries them; numbers that do not read are left out). */
    void prefill(String phrase, String qualifier, String value, String low, String high, String unit) {
        this.phrase = phrase;
        if (qualifier != null) {
            this.qualifier = constantName(qualifier);
        }
        this.value = number(value);
        this.low = number(low);
        this.high = number(high);
        if (this.low != null && this.high != null && this.value == null) {
            this.qualifier = Qualifier.BETWEEN.name();
        }
        if (unit != null && !unit.isBlank()) {
            this.unit = constantName(unit);
        }
    }

    void fill(FigureView f) {
        if (f == null) {
            return;
        }
        phrase = f.phrase();
        qualifier = f.qualifier();
        value = f.value();
        low = f.low();
        high = f.high();
        unit = f.unit();
    }

    /** What the service gets: null when no phrase is given (a claim without a number). */
    FigureInput toInput() {
        if (phrase == null || phrase.isBlank()) {
            return null;
        }
        boolean range = Qualifier.BETWEEN.name().equals(qualifier);
        return new FigureInput(phrase, qualifier, range ? null : value, range ? low : null, range ? high : null, unit);
    }

    public List<String> getQualifiers() {
        return Arrays.stream(Qualifier.values()).map(Enum::name).toList();
    }

    public List<String> getUnits() {
        return Arrays.stream(Unit.values()).map(Enum::name).toList();
    }

    private static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "up to" or "up-to" as the constant name UP_TO. */
    static String constantName(String text) {
        return text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    public String getPhrase() { return phrase; }
    public void setPhrase(String phrase) { this.phrase = phrase; }
    public String getQualifier() { return qualifier; }
    public void setQualifier(String qualifier) { this.qualifier = qualifier; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public BigDecimal getLow() { return low; }
    public void setLow(BigDecimal low) { this.low = low; }
    public BigDecimal getHigh() { return high; }
    public void setHigh(BigDecimal high) { this.high = high; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
}
