package org.corroborate.service.shared;

import org.corroborate.model.shared.Period;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A period as readers see it: ISO partial dates, "as of" or a span, and the first and last day it covers (dates, so
 * that pages draw them without parsing).
 */
public record PeriodView(String start, String end, boolean asOf, LocalDate firstDay, LocalDate lastDay) implements Serializable {

    public static PeriodView of(Period p) {
        return p == null ? null : new PeriodView(p.getStart().toString(), p.getEnd().toString(), p.isAsOf(),
                p.getFirstDay(), p.getLastDay());
    }

    /** "2023" or "2023-08 – 2023-09". */
    public String label() {
        return asOf ? start : start + " – " + end;
    }
}
