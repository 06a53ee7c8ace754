package org.corroborate.service.claim.imports;

import org.corroborate.model.claim.LocatorType;
import org.corroborate.model.claim.Stance;
import org.corroborate.model.claim.Qualifier;
import org.corroborate.model.measure.Unit;
import org.corroborate.service.claim.ClaimInputs;
import org.corroborate.service.claim.NewClaim;
import org.corroborate.service.claim.NewClaim.ClaimContent;
import org.corroborate.service.claim.NewClaim.FigureInput;
import org.corroborate.service.claim.NewClaim.NewCitation;
import org.corroborate.service.claim.NewClaim.PeriodInput;
import org.corroborate.service.shared.InvalidInputException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns one CSV row into the same {@link NewClaim} command the claim form sends, reporting what cannot be read
 * (numbers, names of qualifiers, units, locator types and stances, dates) against its column. Bean Validation and
 * the model's rules are applied afterwards, by the service, exactly as for the form. Pure: no container.
 */
public final class RowMapper {

    /** "120000", "120,000", "1 200", "12.5", "-3": digits with optional thousands separators and decimals. */
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private RowMapper() {
    }

    /** The command for a row, or the row's problems (then {@code command} is null). */
    public record Mapped(NewClaim command, List<ImportProblem> problems) {
    }

    public static Mapped map(CsvRow row, String organization) {
        List<ImportProblem> problems = new ArrayList<>();
        int n = row.number();

        FigureInput figure = null;
        if (anyOf(row, Column.FIGURE_PHRASE, Column.QUALIFIER, Column.VALUE, Column.LOW, Column.HIGH, Column.UNIT)) {
            String qualifier = enumName(row, Column.QUALIFIER, Qualifier.class, problems);
            String unit = enumName(row, Column.UNIT, Unit.class, problems);
            figure = new FigureInput(row.get(Column.FIGURE_PHRASE), qualifier,
                    number(row, Column.VALUE, problems), number(row, Column.LOW, problems),
                    number(row, Column.HIGH, problems), unit);
            if (problems.isEmpty() && figure.phrase() != null && qualifier != null && unit != null) {
                try {
                    ClaimInputs.figure(figure);
                } catch (InvalidInputException e) {
                    problems.add(ImportProblem.at(n, figureColumn(row, qualifier), "row.rule", e.getMessage()));
                }
            }
        }

        PeriodInput period = null;
        if (anyOf(row, Column.AS_OF, Column.PERIOD_FROM, Column.PERIOD_TO)) {
            period = new PeriodInput(row.get(Column.AS_OF), row.get(Column.PERIOD_FROM), row.get(Column.PERIOD_TO));
            try {
                ClaimInputs.period(period);
            } catch (InvalidInputException e) {
                problems.add(ImportProblem.at(n, row.has(Column.AS_OF) ? Column.AS_OF : Column.PERIOD_FROM,
                        "row.rule", e.getMessage()));
            }
        }

        List<String> topics = row.has(Column.TOPICS)
                ? Arrays.stream(row.get(Column.TOPICS).split(";")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList()
                : List.of();

        List<NewCitation> citations = new ArrayList<>();
        if (anyOf(row, Column.SOURCE, Column.LOCATOR_TYPE, Column.LOCATOR, Column.QUOTE, Column.STANCE)) {
            Long source = null;
            if (!row.has(Column.SOURCE)) {
                problems.add(ImportProblem.at(n, Column.SOURCE, "row.sourceMissing"));
            } else {
                try {
                    source = Long.parseLong(row.get(Column.SOURCE).replaceFirst("^#", ""));
                } catch (NumberFormatException e) {
                    problems.add(ImportProblem.at(n, Column.SOURCE, "row.notASourceId", row.get(Column.SOURCE)));
                }
            }
            String locatorType = enumName(row, Column.LOCATOR_TYPE, LocatorType.class, problems);
            if (row.has(Column.LOCATOR) && !row.has(Column.LOCATOR_TYPE)) {
                problems.add(ImportProblem.at(n, Column.LOCATOR_TYPE, "row.locatorTypeMissing"));
            }
            if (!row.has(Column.STANCE)) {
                problems.add(ImportProblem.at(n, Column.STANCE, "row.required", Column.STANCE.header()));
            }
            String stance = enumName(row, Column.STANCE, Stance.class, problems);
            citations.add(new NewCitation(source, locatorType, row.get(Column.LOCATOR), row.get(Column.QUOTE),
                    null, null, stance));
        }

        if (!problems.isEmpty()) {
            return new Mapped(null, List.copyOf(problems));
        }
        ClaimContent content = new ClaimContent(row.get(Column.STATEMENT), row.get(Column.LANGUAGE), figure,
                row.get(Column.MEASURE), period, row.get(Column.PLACE), topics, row.get(Column.POPULATION));
        return new Mapped(new NewClaim(organization, content, List.copyOf(citations)), List.of());
    }

    /** A figure's rule concerns its numbers: the bounds of a range, or the value of anything else. */
    private static Column figureColumn(CsvRow row, String qualifier) {
        if (Qualifier.BETWEEN.name().equals(qualifier)) {
            return row.has(Column.LOW) ? Column.HIGH : Column.LOW;
        }
        return Column.VALUE;
    }

    /**
     * A number as people write it in a spreadsheet: "120,000", "120000", "1 200", "12.5".
     *
     * @return null for a blank cell
     * @throws NumberFormatException when the text is not such a number
     */
    public static BigDecimal parseNumber(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().replaceAll("[\\s\\u00A0\\u202F\\u2009_']", "");
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        } else if (!PLAIN.matcher(s).matches()) {
            throw new NumberFormatException(text);
        }
        return new BigDecimal(s);
    }

    private static BigDecimal number(CsvRow row, Column column, List<ImportProblem> problems) {
        try {
            return parseNumber(row.get(column));
        } catch (NumberFormatException e) {
            problems.add(ImportProblem.at(row.number(), column, "row.notANumber", row.get(column)));
            return null;
        }
    }

    /** The canonical constant name for the cell ("up to" -> "UP_TO"), null when blank; a problem when unknown. */
    private static <E extends Enum<E>> String enumName(CsvRow row, Column column, Class<E> type, List<ImportProblem> problems) {
        String cell = row.get(column);
        if (cell == null) {
            return null;
        }
        String name = cell.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return name;
            }
        }
        problems.add(ImportProblem.at(row.number(), column, "row.notOneOf", cell,
                String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
        return null;
    }

    private static boolean anyOf(CsvRow row, Column... columns) {
        for (Column c : columns) {
            if (row.has(c)) {
                return true;
            }
        }
        return false;
    }
}
