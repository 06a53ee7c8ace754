package org.corroborate.model.shared;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known only to the precision its source gives: a year ("2014"), a month ("2023-08")
 * or a day ("2023-10-09"). Written and read as the corresponding ISO 8601 text, which is also how
 * it is stored and how CSL-JSON's {@code date-parts} map onto it.
 */
public final class PartialDate implements Comparable<PartialDate>, Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final int year;
    private final Integer month;
    private final Integer day;

    private PartialDate(int year, Integer month, Integer day) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("Year " + year + " is outside 1-9999.");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("Month " + month + " is not between 1 and 12.");
        }
        if (day != null) {
            Objects.requireNonNull(month, "A day needs a month.");
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "%04d-%02d-%02d is not a calendar date.", year, month, day), e);
            }
        }
        this.year = year;
        this.month = month;
        this.day = day;
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    public static PartialDate of(LocalDate date) {
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD".
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "date text");
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.");
        }
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return new PartialDate(Integer.parseInt(m.group(1)), month, day);
    }

    public DatePrecision precision() {
        if (day != null) {
            return DatePrecision.DAY;
        }
        return month != null ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    public int year() {
        return year;
    }

    /** The month (1-12), or {@code null} for a year-precision date. */
    public Integer month() {
        return month;
    }

    /** The day of the month, or {@code null} unless the precision is {@link DatePrecision#DAY}. */
    public Integer day() {
        return day;
    }

    /** The first calendar day this date may stand for. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last calendar day this date may stand for. */
    public LocalDate lastDay() {
        if (day != null) {
            return LocalDate.of(year, month, day);
        }
        if (month != null) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = firstDay().compareTo(other.firstDay());
        return byStart != 0 ? byStart : lastDay().compareTo(other.lastDay());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate that
                && year == that.year && Objects.equals(month, that.month) && Objects.equals(day, that.day);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day);
    }

    /** The ISO 8601 text at this date's precision. */
    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.format(Locale.ROOT, "%04d", year);
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, month);
            case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        };
    }
}
