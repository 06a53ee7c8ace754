package org.corroborate.web.faces.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.corroborate.model.shared.PartialDate;
import org.corroborate.service.shared.FigureView;
import org.corroborate.service.shared.PeriodView;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers, dates and periods written for the reader's language, at the precision the source gave. */
@Named
@ApplicationScoped
public class Formats {

    /** The CSS modifier of a status badge: "draft", "changes-requested"... */
    public String statusBadge(String status) {
        return status == null ? "" : status.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A moment in the reader's language and the server's time zone, to the minute. */
    public String instant(java.time.Instant at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Messages.locale())
                .format(at.atZone(java.time.ZoneId.systemDefault()));
    }

    public String number(BigDecimal n) {
        if (n == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Messages.locale());
        format.setMaximumFractionDigits(6);
        return format.format(n);
    }

    /** A figure's numbers in the reader's language: "up to 120,000 persons", "50,000 – 200,000 persons". */
    public String figureNumbers(FigureView f) {
        if (f == null) {
            return "";
        }
        if (f.low() != null) {
            return number(f.low()) + " – " + number(f.high()) + " " + unit(f.unit());
        }
        String pattern = text("figure." + f.qualifier());
        return pattern.replace("{0}", number(f.value())).replace("{1}", unit(f.unit()));
    }

    public String unit(String unitName) {
        return unitName == null ? "" : text("unit." + unitName);
    }

    /** "2014", "August 2023" or "9 October 2023" (in Korean "2023년 8월"...), as precise as the date is. */
    public String date(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        PartialDate d = PartialDate.parse(iso);
        Locale locale = Messages.locale();
        boolean korean = "ko".equals(locale.getLanguage());
        return switch (d.precision()) {
            case YEAR -> korean ? d.year() + "년" : String.valueOf(d.year());
            case MONTH -> DateTimeFormatter.ofPattern(korean ? "yyyy년 M월" : "MMMM yyyy", locale).format(d.firstDay());
            case DAY -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(d.firstDay());
        };
    }

    /** "as of 2023" or "August 2023 – September 2023". */
    public String period(PeriodView p) {
        if (p == null) {
            return text("period.unstated");
        }
        if (p.asOf()) {
            return text("period.asOf").replace("{0}", date(p.start()));
        }
        return date(p.start()) + " – " + date(p.end());
    }

    /** "a, b, c" */
    public String join(java.util.Collection<String> items) {
        return items == null ? "" : String.join(", ", items);
    }

    /** The localized label of an enum constant: label('status', 'VERIFIED'). */
    public String label(String group, String name) {
        return name == null ? "" : text(group + "." + name);
    }

    /** A range as readers read it: "80,000 – 120,000", and one number when both ends are the same. */
    public String range(BigDecimal low, BigDecimal high) {
        if (low == null || high == null) {
            return number(low == null ? high : low);
        }
        return low.compareTo(high) == 0 ? number(low) : number(low) + " – " + number(high);
    }

    /**
     * The values a figure admits, as readers read them: "80,000 – 120,000", "30,000 or more", "up to 120,000", one
     * number for a one-point range; empty for a claim without a figure.
     */
    public String values(FigureView f) {
        if (f == null) {
            return "";
        }
        if (f.intervalHigh() == null) {
            return readerText("values.atLeast", number(f.intervalLow()));
        }
        if (f.intervalLow() == null) {
            return readerText("values.atMost", number(f.intervalHigh()));
        }
        return range(f.intervalLow(), f.intervalHigh());
    }

    /** A text of the readers' bundle with one argument ("3 pairs in conflict"), for labels built in a page. */
    public String readerText(String key, Object argument) {
        return Messages.text("org.corroborate.web.i18n.readers", key, argument);
    }

    private String text(String key) {
        return Messages.text("org.corroborate.web.i18n.messages", key);
    }
}
