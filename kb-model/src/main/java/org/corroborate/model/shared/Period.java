package org.corroborate.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The time a claim holds for: "as of" one partial date, or a span between two ("August-September 2023").
 * Periods are compared by the calendar days they cover, so "August-September 2023" and "9 October 2023"
 * do not overlap although both are "2023". The first and last days are stored too, for indexed look-ups.
 */
@Embeddable
public class Period implements Serializable {

    private static final long serialVersionUID = 1L;

    @Convert(converter = PartialDateConverter.class)
    @Column(name = "period_start", length = 10)
    private PartialDate start;

    @Convert(converter = PartialDateConverter.class)
    @Column(name = "period_end", length = 10)
    private PartialDate end;

    @Column(name = "period_first_day")
    private LocalDate firstDay;

    @Column(name = "period_last_day")
    private LocalDate lastDay;

    protected Period() {
        // for JPA
    }

    private Period(PartialDate start, PartialDate end) {
        this.start = Objects.requireNonNull(start, "A period needs a start.");
        this.end = Objects.requireNonNull(end, "A period needs an end.");
        if (start.firstDay().isAfter(end.lastDay())) {
            throw new IllegalArgumentException("The period starts (" + start + ") after it ends (" + end + ").");
        }
        this.firstDay = start.firstDay();
        this.lastDay = end.lastDay();
    }

    /** A figure that holds at one date: "as of 2023", "as of 9 October 2023". */
    public static Period asOf(PartialDate date) {
        return new Period(date, date);
    }

    /**
     * A figure that holds over a span: "August-September 2023", "1953-2023". The span runs from the first day
     * {@code from} may stand for to the last day {@code to} may stand for ("9 October 2023 to 2023" ends on
     * 31 December); it is refused only when {@code from} lies wholly after {@code to}.
     */
    public static Period between(PartialDate from, PartialDate to) {
        if (Objects.equals(from, to)) {
            return asOf(from);
        }
        return new Period(from, to);
    }

    public boolean isAsOf() {
        return start.equals(end);
    }

    public PartialDate getStart() {
        return start;
    }

    public PartialDate getEnd() {
        return end;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    /** True when the two periods share at least one calendar day. */
    public boolean overlaps(Period other) {
        return !firstDay.isAfter(other.lastDay) && !other.firstDay.isAfter(lastDay);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period that && start.equals(that.start) && end.equals(that.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    /** "2023" for an as-of period, "2023-08/2023-09" (ISO 8601 interval) for a span. */
    @Override
    public String toString() {
        return isAsOf() ? start.toString() : start + "/" + end;
    }
}
