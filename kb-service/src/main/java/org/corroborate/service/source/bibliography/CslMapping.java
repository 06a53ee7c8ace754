package org.corroborate.service.source.bibliography;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import org.corroborate.model.shared.PartialDate;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.SourceKind;
import org.corroborate.service.source.NewSource;
import org.corroborate.service.source.NewSource.NewAuthor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a CSL item becomes as a source of ours, and what was lost or guessed on the way. A pure class. */
public final class CslMapping {

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern DOI_PREFIX = Pattern.compile("^(?i)(https?://(dx\\.)?doi\\.org/|doi:\\s*)");
    /** "2014", "2014-02-07", RIS's "2012/04/10/" and "2012///". */
    private static final Pattern RAW_DATE =
            Pattern.compile("(\\d{4})(?:[-/.](\\d{1,2})?(?:[-/.](\\d{1,2})?)?)?(?:/.*|[T ]\\d{2}:\\d{2}.*)?");
    /** A year standing on its own in a date no pattern reads ("Spring 2001", "2015/october"). */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d{2}|20\\d{2})(?!\\d)");
    private static final Pattern UN_SYMBOL = Pattern.compile("^(A|S|E|CCPR|CAT|CRC|CEDAW)/\\S+");

    /** The source a CSL item describes, with the problems found in it. */
    public record Mapped(NewSource source, List<Problem> problems) {
    }

    private CslMapping() {
    }

    /** The kind a CSL type stands for; null when it has no kind of its own. */
    public static SourceKind kindOf(CSLType type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case REPORT -> SourceKind.REPORT;
            case ARTICLE_JOURNAL -> SourceKind.JOURNAL_ARTICLE;
            case ARTICLE_NEWSPAPER, ARTICLE_MAGAZINE -> SourceKind.NEWS_ARTICLE;
            case HEARING -> SourceKind.TESTIMONY;
            case BOOK, CHAPTER -> SourceKind.BOOK;
            case DATASET -> SourceKind.DATASET;
            case INTERVIEW -> SourceKind.INTERVIEW;
            case WEBPAGE, POST, POST_WEBLOG -> SourceKind.WEB_PAGE;
            case LEGISLATION, BILL, REGULATION, LEGAL_CASE, TREATY -> SourceKind.GOVERNMENT_DOCUMENT;
            default -> null;
        };
    }

    public static Mapped map(CSLItemData item, String holder, Confidentiality confidentiality) {
        List<Problem> problems = new ArrayList<>();
        String title = clean(item.getTitle());
        if (title == null) {
            problems.add(Problem.error("noTitle"));
        }
        SourceKind kind = kindOf(item.getType());
        String number = clean(item.getNumber());
        if (kind == SourceKind.REPORT && number != null && UN_SYMBOL.matcher(number).matches()) {
            kind = SourceKind.UN_DOCUMENT;
        }
        if (kind == null) {
            if (item.getType() != null) {
                problems.add(Problem.warning("typeAsReport", item.getType().toString()));
            } else if (problems.stream().noneMatch(p -> p.message().key().equals("unknownType"))) {
                problems.add(Problem.warning("noType"));
            }
            kind = SourceKind.REPORT;
        }
        List<NewAuthor> authors = new ArrayList<>();
        CSLName[] names = item.getAuthor() != null && item.getAuthor().length > 0 ? item.getAuthor() : item.getEditor();
        if (names != null) {
            for (CSLName name : names) {
                NewAuthor author = author(name);
                if (author == null) {
                    problems.add(Problem.warning("unnamedAuthor"));
                } else {
                    authors.add(author);
                }
            }
        }
        String url = clean(item.getURL());
        if (url != null && !URL.matcher(url).matches()) {
            problems.add(Problem.warning("badUrl", url));
            url = null;
        }
        String doi = doi(item.getDOI());
        String issued = date(item.getIssued(), "issued", problems);
        String accessed = date(item.getAccessed(), "accessed", problems);
        String container = clean(item.getContainerTitle());
        if (container == null) {
            container = clean(item.getCollectionTitle());
        }
        NewSource source = new NewSource(holder, kind, title, List.copyOf(authors), container,
                clean(item.getPublisher()), clean(item.getPublisherPlace()), issued, accessed, url, doi,
                clean(item.getLanguage()), number, clean(item.getNote()), confidentiality, List.of())
                .located(part(item.getVolume()), part(item.getIssue()), pages(item.getPage()));
        return new Mapped(source, problems);
    }

    /** A volume or issue, at most 50 characters (a longer one is no volume). */
    private static String part(String s) {
        String t = clean(s);
        return t == null || t.length() > 50 ? null : t;
    }

    /** "379-423" from "379--423" or "379–423"; at most 50 characters. */
    static String pages(String s) {
        String t = clean(s);
        return t == null ? null : part(t.replaceAll("\\s*(--|\u2013|\u2014)\\s*", "-"));
    }

    private static NewAuthor author(CSLName name) {
        String literal = clean(name.getLiteral());
        if (literal != null) {
            return new NewAuthor(null, null, literal);
        }
        String family = clean(name.getFamily());
        String particle = clean(name.getNonDroppingParticle());
        if (family != null && particle != null) {
            family = particle + " " + family;
        }
        String given = clean(name.getGiven());
        String dropping = clean(name.getDroppingParticle());
        if (given != null && dropping != null) {
            given = given + " " + dropping;
        }
        if (family == null) {
            return given == null ? null : new NewAuthor(null, null, given);
        }
        if (Boolean.TRUE.equals(name.getIsInstitution())) {
            return new NewAuthor(null, null, given == null ? family : given + " " + family);
        }
        return new NewAuthor(family, given, null);
    }

    /** "10.1000/xyz" from "https://doi.org/10.1000/xyz" or "doi:10.1000/xyz". */
    public static String doi(String text) {
        String d = clean(text);
        return d == null ? null : DOI_PREFIX.matcher(d).replaceFirst("").strip();
    }

    /** The ISO partial date of a CSL date ("2014", "2014-02", "2014-02-07"), or null with a warning. */
    static String date(CSLDate date, String field, List<Problem> problems) {
        if (date == null) {
            return null;
        }
        int[][] parts = date.getDateParts();
        try {
            if (parts != null && parts.length > 0 && parts[0] != null && parts[0].length > 0) {
                int[] p = parts[0];
                if (parts.length > 1) {
                    problems.add(Problem.warning("dateRange", field));
                }
                if (p.length >= 2 && p[1] >= 13 && p[1] <= 24) {
                    return PartialDate.ofYear(p[0]).toString(); // CSL writes seasons as months 21-24 (13-16 of old)
                }
                PartialDate d = switch (p.length) {
                    case 1 -> PartialDate.ofYear(p[0]);
                    case 2 -> PartialDate.ofMonth(p[0], p[1]);
                    default -> PartialDate.ofDay(p[0], p[1], p[2]);
                };
                return d.toString();
            }
            String raw = clean(date.getRaw() != null ? date.getRaw() : date.getLiteral());
            if (raw != null) {
                Matcher m = RAW_DATE.matcher(raw);
                if (m.matches()) {
                    int year = Integer.parseInt(m.group(1));
                    PartialDate d = m.group(2) == null ? PartialDate.ofYear(year)
                            : m.group(3) == null ? PartialDate.ofMonth(year, Integer.parseInt(m.group(2)))
                            : PartialDate.ofDay(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                    return d.toString();
                }
                Matcher year = YEAR.matcher(raw);
                if (year.find()) {
                    problems.add(Problem.warning("dateYearOnly", field, raw));
                    return PartialDate.ofYear(Integer.parseInt(year.group(1))).toString();
                }
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // reported below
        }
        String shown = date.getRaw() != null ? date.getRaw() : date.getLiteral() != null ? date.getLiteral()
                : parts == null ? "" : java.util.Arrays.deepToString(parts);
        problems.add(Problem.warning("badDate", field, shown));
        return null;
    }

    /** Strips a text and the braces BibTeX leaves around protected words; null for nothing. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace("{", "").replace("}", "").replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
