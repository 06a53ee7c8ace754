package org.corroborate.service.shared;

import org.corroborate.model.shared.Period;

/** A period as readers see it: ISO partial dates, "as of" or a span. */
public record PeriodView(String start, String end, boolean asOf, String firstDay, String lastDay) {

    public static PeriodView of(Period p) {
        return p == null ? null : new PeriodView(p.getStart().toString(), p.getEnd().toString(), p.isAsOf(),
                p.getFirstDay().toString(), p.getLastDay().toString());
    }

    /** "2023" or "2023-08 – 2023-09". */
    public String label() {
        return asOf ? start : start + " – " + end;
    }
}
