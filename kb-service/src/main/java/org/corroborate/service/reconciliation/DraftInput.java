package org.corroborate.service.reconciliation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corroborate.model.reconciliation.Assignment;
import org.corroborate.model.reconciliation.Reconciliation;
import org.corroborate.model.shared.StorableText;
import org.corroborate.service.claim.NewClaim.PeriodInput;

import java.math.BigDecimal;
import java.util.List;

import static org.corroborate.model.reconciliation.ReconciledFigure.FRACTION_DIGITS;
import static org.corroborate.model.reconciliation.ReconciledFigure.INTEGER_DIGITS;

/**
 * A reconciliation draft as an editor saves it. Everything may still be incomplete; publishing needs a rule, the
 * figure's bounds, a recommended claim and a rationale. The numbers have no more digits than their columns keep.
 */
@StorableText
public record DraftInput(
        @Pattern(regexp = "MOST_CONSERVATIVE|ENVELOPE_OF_INDEPENDENT|MOST_RECENT|SOURCE_HIERARCHY|EDITORS_JUDGEMENT") String rule,
        @Digits(integer = INTEGER_DIGITS, fraction = FRACTION_DIGITS, message = "{corroborate.digits}") BigDecimal low,
        @Digits(integer = INTEGER_DIGITS, fraction = FRACTION_DIGITS, message = "{corroborate.digits}") BigDecimal high,
        @Digits(integer = INTEGER_DIGITS, fraction = FRACTION_DIGITS, message = "{corroborate.digits}") BigDecimal best,
        @Valid PeriodInput period,
        @Size(max = Reconciliation.MAX_RATIONALE_LENGTH) String rationale,
        @NotNull @Size(max = 500) List<@Valid @NotNull RoleInput> roles) {

    /** A candidate claim's role; claims left out have none yet. */
    @StorableText
    public record RoleInput(@NotNull Long claim,
                            @NotNull @Pattern(regexp = "RECOMMENDED|TRIANGULATION|DEPRECATED") String role,
                            @Pattern(regexp = "OUTDATED|SUPERSEDED_BY_REVISION|DIFFERENT_DEFINITION|RELAYED_FIGURE|ERROR_IN_SOURCE|OTHER") String reason,
                            @Size(max = Assignment.MAX_NOTE_LENGTH) String note) {
    }
}
