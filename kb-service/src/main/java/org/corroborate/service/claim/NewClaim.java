package org.corroborate.service.claim;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corroborate.model.claim.Citation;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.RelayHop;
import org.corroborate.model.shared.StorableText;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import static org.corroborate.model.claim.Figure.FRACTION_DIGITS;
import static org.corroborate.model.claim.Figure.INTEGER_DIGITS;

/** A new draft claim with its citations. */
@StorableText
public record NewClaim(
        @NotBlank String organization,
        @NotNull @Valid ClaimContent content,
        @NotNull @Size(max = 20) List<@Valid NewCitation> citations) implements Serializable {

    /** The statement, figure, measure, period, place, topics and population: what a revision replaces. */
    @StorableText
    public record ClaimContent(
            @NotBlank @Size(max = Claim.MAX_STATEMENT_LENGTH) String statement,
            @NotBlank @Size(max = 35) String language,
            @Valid FigureInput figure,
            @Size(max = 120) String measure,
            @Valid PeriodInput period,
            @Size(max = 200) String place,
            @NotNull @Size(max = 20) List<@NotBlank @Size(max = 100) String> topics,
            @Size(max = Claim.MAX_POPULATION_LENGTH) String population) implements Serializable {

        /** The canonical constructor is the one JSON-B reads the API's bodies with ({@code population} may be left out). */
        @JsonbCreator
        public ClaimContent {
        }

        /** Content counting what the measure defines (no narrower population). */
        public ClaimContent(String statement, String language, FigureInput figure, String measure, PeriodInput period,
                            String place, List<String> topics) {
            this(statement, language, figure, measure, period, place, topics, null);
        }
    }

    /** A figure as entered: phrase, qualifier name, numbers (with no more digits than the figure's columns keep), unit name. */
    @StorableText
    @ConsistentInput
    public record FigureInput(
            @NotBlank @Size(max = 500) String phrase,
            @NotBlank String qualifier,
            @Digits(integer = INTEGER_DIGITS, fraction = FRACTION_DIGITS, message = "{corroborate.digits}") BigDecimal value,
            @Digits(integer = INTEGER_DIGITS, fraction = FRACTION_DIGITS, message = "{corroborate.digits}") BigDecimal low,
            @Digits(integer = INTEGER_DIGITS, fraction = FRACTION_DIGITS, message = "{corroborate.digits}") BigDecimal high,
            @NotBlank String unit) implements Serializable {
    }

    /** "as of" one ISO partial date, or a span "from" – "to". */
    @StorableText
    @ConsistentInput
    public record PeriodInput(
            @Pattern(regexp = DATE, message = "{corroborate.partialDate}") String asOf,
            @Pattern(regexp = DATE, message = "{corroborate.partialDate}") String from,
            @Pattern(regexp = DATE, message = "{corroborate.partialDate}") String to) implements Serializable {

        /** A partial date as entered: YYYY, YYYY-MM or YYYY-MM-DD, or nothing (spaces around it allowed). */
        public static final String DATE = "\\s*(\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?)?\\s*";
    }

    /**
     * A citation: source id, locator and/or quote, stance, and where the cited passage got its figure
     * ({@code relayedFrom}, nearest hop first; empty or left out when it names no relay).
     */
    @StorableText
    public record NewCitation(
            @NotNull Long source,
            String locatorType,
            @Size(max = 100) String locator,
            @Size(max = 2000) String quote,
            @Size(max = 300) String quotePrefix,
            @Size(max = 300) String quoteSuffix,
            @NotBlank String stance,
            @Size(max = Citation.MAX_RELAYS) List<@NotNull @Valid RelayInput> relayedFrom) implements Serializable {

        /** The canonical constructor is the one JSON-B reads the API's bodies with ({@code relayedFrom} may be left out). */
        @JsonbCreator
        public NewCitation {
            relayedFrom = relayedFrom == null ? List.of() : relayedFrom;
        }

        /** A citation whose passage names no relay. */
        public NewCitation(Long source, String locatorType, String locator, String quote, String quotePrefix,
                           String quoteSuffix, String stance) {
            this(source, locatorType, locator, quote, quotePrefix, quoteSuffix, stance, List.of());
        }
    }

    /** One hop of a citation's relay chain: the source the passage says its figure came from, and where in it. */
    @StorableText
    public record RelayInput(
            @NotNull Long source,
            @Size(max = RelayHop.MAX_LOCATOR_LENGTH) String locator) implements Serializable {
    }
}
