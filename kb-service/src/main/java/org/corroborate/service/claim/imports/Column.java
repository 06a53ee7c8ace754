package org.corroborate.service.claim.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a claims CSV file, in the template's order. Only {@link #STATEMENT} and {@link #LANGUAGE} are required;
 * {@link #POPULATION} (last, so that files written before it still read the same) names the narrower group a claim counts, when it counts less than its measure defines.
 */
public enum Column {
    STATEMENT(true), LANGUAGE(true), MEASURE, FIGURE_PHRASE, QUALIFIER, VALUE, LOW, HIGH, UNIT, AS_OF, PERIOD_FROM,
    PERIOD_TO, PLACE, TOPICS, SOURCE, LOCATOR_TYPE, LOCATOR, QUOTE, STANCE, POPULATION;

    private final boolean required;

    Column() {
        this(false);
    }

    Column(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    /** The name in the header row: "figure_phrase". */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The column a header cell names: case, surrounding spaces, hyphens and inner spaces do not matter. */
    public static Optional<Column> named(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String normalized = header.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(c -> c.header().equals(normalized)).findFirst();
    }

    /** "statement, language, ...": every column, for messages. */
    public static String all() {
        return String.join(", ", Arrays.stream(values()).map(Column::header).toList());
    }
}
