package org.corroborate.service.extraction;

import org.corroborate.model.claim.Qualifier;
import org.corroborate.model.measure.Unit;
import org.corroborate.service.shared.Numbers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the figures of one page. Not thread-safe: one scanner per page and call. */
final class PageScanner {

    // an address's local part has at most 64 characters and a domain label 63 (RFC 5321): bounded, so that a long run
    // of letters with no "@" costs linear time, not a scan to its end from each of its letters (1.5 million "x"
    // took minutes)
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+|[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w.,])(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{1,4}\\)[ .-]?)?\\d{2,4}[ .-]\\d{3,4}[ .-]\\d{3,5}(?![\\w,.]\\d)"
                    + "|\\+\\d{1,3}[ .-]\\d{1,4}(?:[ .-]\\d{2,5}){1,4}"
                    + "|\\(\\d{2,4}\\)[ .-]?\\d{3,4}[ .-]\\d{4}(?!\\d)");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PageText page;
    private final String text;
    private final List<Token> t;
    private final boolean[] masked;
    private final int pageNumber;
    /** The token after the last designation ("p. 12"), so that the rest of its list is left out too. */
    private int designationTail = -1;
    private boolean designation;

    PageScanner(String pageText, int pageNumber) {
        this.page = new PageText(pageText);
        this.text = page.text();
        this.t = Tokenizer.tokenize(text);
        this.masked = new boolean[t.size()];
        this.pageNumber = pageNumber;
        mask(URL);
        mask(PHONE);
    }

    private void mask(Pattern pattern) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (pattern == PHONE && !looksLikePhone(m.group())) {
                continue;
            }
            // tokens are in text order: mark those from the first one ending after the match's start
            for (int i = firstEndingAfter(m.start()); i < t.size() && t.get(i).start() < m.end(); i++) {
                masked[i] = true;
            }
        }
    }

    /** The index of the first token that ends after this offset (the tokens' count when none does). */
    private int firstEndingAfter(int offset) {
        int low = 0;
        int high = t.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (t.get(middle).end() > offset) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** Space-separated thousands ("120 000 000") are not phone numbers; a "+", a parenthesis or dashes are. */
    private static boolean looksLikePhone(String s) {
        return s.startsWith("+") || s.contains("(") || s.chars().filter(c -> c == '-').count() >= 2
                || s.chars().filter(c -> c == '.').count() >= 2;
    }

    List<FigureCandidate> scan() {
        List<FigureCandidate> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (masked[i]) {
                i++;
                continue;
            }
            Found found = figureAt(i);
            if (found == null) {
                i++;
                continue;
            }
            if (found.candidate() != null) {
                out.add(found.candidate());
            }
            i = Math.max(i + 1, found.end());
        }
        return out;
    }

    private record Found(FigureCandidate candidate, int end) {
    }

    private record Prefix(int start, Qualifier qualifier, String rangeWord) {
    }

    private record Suffix(Unit unit, int to, BigDecimal factor) {
    }

    // ---------------------------------------------------------------------------------------------- the figure

    private Found figureAt(int i) {
        Quantity q1 = quantity(i);
        if (q1 == null) {
            return null;
        }
        Prefix prefix = prefix(i);
        boolean loneOne = q1.words() && q1.multiplier() == null && !q1.vague() && q1.unit() == null
                && q1.low().compareTo(BigDecimal.ONE) <= 0;
        int end = q1.to();
        Suffix s1 = tightUnit(q1.to());
        if (s1 != null) {
            q1 = scaled(q1, s1);
            end = s1.to();
        }
        // a range?
        Quantity q2 = null;
        Suffix s2 = null;
        int c = end;
        if (c < t.size() && !masked[c]) {
            Token conn = t.get(c);
            boolean ok;
            if ("between".equals(prefix.rangeWord())) {
                ok = conn.is("and");
            } else {
                ok = conn.is("to") || conn.is("or") || conn.is("-") || conn.is("\u2013") || conn.is("\u2014")
                        || conn.is("~");
                if (conn.is("-") && !(t.get(c - 1).isNumber() || t.get(c - 1).is("%"))) {
                    ok = false;
                }
                if (conn.is("or") && !(q1.words() || q1.plain())) {
                    ok = false;
                }
            }
            if (ok && c + 1 < t.size()) {
                q2 = quantity(c + 1);
                if (q2 != null && conn.is("-") && !t.get(q2.from()).isNumber() && q2.unit() == null) {
                    q2 = null;
                }
                if (q2 != null) {
                    s2 = tightUnit(q2.to());
                    if (s2 != null) {
                        q2 = scaled(q2, s2);
                    }
                }
            }
        }
        if (q2 != null) {
            if (q1.multiplier() == null && q2.multiplier() != null && !q1.vague()) {
                Quantity shared = q1.times(q2.multiplier());
                if (shared.high().compareTo(q2.low()) <= 0) {
                    q1 = shared;
                }
            }
            if (s1 == null && s2 != null && s2.factor() != null && q1.low().multiply(s2.factor()).compareTo(q2.low()) <= 0) {
                q1 = q1.times(s2.factor());
            }
            if (q1.low().compareTo(q2.high()) > 0 || q1.vague() || q2.vague()) {
                q2 = null;
                s2 = null;
            }
        }
        if (q2 == null && prefix.rangeWord() != null) {
            prefix = new Prefix(i, null, null);
        }
        int figureEnd = q2 != null ? (s2 != null ? s2.to() : q2.to()) : end;

        // exclusions
        designation = false;
        if (continuesDesignations(q1)) {
            designationTail = figureEnd;
            return new Found(null, figureEnd);
        }
        if (excluded(q1, s1, prefix)) {
            if (designation) {
                designationTail = figureEnd;
            }
            return new Found(null, figureEnd);
        }
        if ((q2 != null && (yearLike(q2, s2) || yearLike(q1, s1)))) {
            return new Found(null, figureEnd);
        }
        if (q2 == null && loneOne) {
            return new Found(null, figureEnd); // "one of them", "one day", "zero"
        }
        if (q1.words() && isCompound(q1.to()) && s1 == null) {
            return new Found(null, skipCompound(q1.to())); // "one-child policy", "twenty-first"
        }
        if (q2 == null && q1.words() && q1.to() < t.size() && t.get(q1.to()).is("Koreas")) {
            return new Found(null, figureEnd); // "the two Koreas" names two countries, it counts nothing
        }

        Qualifier qualifier = prefix.qualifier();
        // qualifiers after the number
        int after = figureEnd;
        if (q2 == null && s1 == null && !q1.words() && isCompound(after)) {
            after = skipCompound(after); // "400-page", "12-hour"
        }
        if (after + 1 < t.size() && t.get(after).is("or")) {
            Token w = t.get(after + 1);
            Qualifier post = w.is("more") || w.is("above") || w.is("over") ? Qualifier.AT_LEAST
                    : w.is("so") ? Qualifier.ABOUT : w.is("fewer") || w.is("less") ? Qualifier.AT_MOST : null;
            if (post != null && q2 == null && qualifier == null) {
                qualifier = post;
                after += 2;
            }
        } else if (after < t.size() && (t.get(after).is("+") && !t.get(after).spaceBefore()
                || t.get(after).is("plus") && (after + 1 >= t.size() || !t.get(after + 1).isNumber()))
                && q2 == null && qualifier == null) {
            qualifier = Qualifier.AT_LEAST;
            after += 1;
        }

        Unit unit = q2 != null ? firstNonNull(s2 == null ? null : s2.unit(), q2.unit(), s1 == null ? null : s1.unit(), q1.unit())
                : firstNonNull(s1 == null ? null : s1.unit(), q1.unit());
        if (unit == null) {
            unit = countedNoun(after);
        }

        int startTok = Math.min(prefix.start(), q1.from());
        int startChar = t.get(startTok).start();
        int endChar = t.get(after - 1).end();
        String phrase = text.substring(startChar, endChar);
        BigDecimal value = null;
        BigDecimal low = null;
        BigDecimal high = null;
        boolean vague = q1.vague();
        if (q2 != null) {
            qualifier = Qualifier.BETWEEN;
            low = q1.low();
            high = q2.high();
        } else if (q1.vague() || q1.low().compareTo(q1.high()) != 0) {
            if (qualifier == Qualifier.UP_TO || qualifier == Qualifier.AT_MOST || qualifier == Qualifier.FEWER_THAN) {
                value = q1.high();
            } else if (qualifier == Qualifier.AT_LEAST || qualifier == Qualifier.MORE_THAN) {
                value = q1.low();
            } else if (q1.vague()) {
                // the knowledge base's reading of a bare magnitude: at least its smallest value
                qualifier = Qualifier.AT_LEAST;
                value = q1.low();
            } else {
                qualifier = Qualifier.BETWEEN;
                low = q1.low();
                high = q1.high();
            }
        } else {
            value = q1.low();
            if (qualifier == null) {
                qualifier = Qualifier.EXACT;
            }
        }
        int origStart = page.originStart(startChar);
        int origEnd = page.originEnd(endChar);
        FigureCandidate candidate = new FigureCandidate(phrase, qualifier, Numbers.plain(value), Numbers.plain(low),
                Numbers.plain(high), unit, vague, sentence(startChar, endChar), pageNumber, origStart, origEnd);
        return new Found(candidate, after);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static Quantity scaled(Quantity q, Suffix s) {
        Quantity r = s.factor() != null ? q.times(s.factor()) : q;
        return r.withUnit(s.unit(), s.to());
    }

    // ---------------------------------------------------------------------------------------------- qualifiers

    private Prefix prefix(int i) {
        if (i > 0 && t.get(i - 1).is("between")) {
            return new Prefix(i - 1, null, "between");
        }
        if (i > 0 && t.get(i - 1).is("from")) {
            return new Prefix(i - 1, null, "from");
        }
        int end = i;
        if (end > 1 && t.get(end - 1).is(".") && (t.get(end - 2).is("ca") || t.get(end - 2).is("c")
                || t.get(end - 2).is("approx") || t.get(end - 2).is("est"))) {
            end--;
        }
        for (Lexicon.QualifierWords qw : Lexicon.QUALIFIERS) {
            int n = qw.words().size();
            if (end - n < 0) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < n; k++) {
                Token tok = t.get(end - n + k);
                if (!tok.isWord() || !tok.lower().equals(qw.words().get(k))) {
                    match = false;
                    break;
                }
            }
            if (match) {
                return new Prefix(end - n, qw.qualifier(), null);
            }
        }
        return new Prefix(i, null, null);
    }

    // ---------------------------------------------------------------------------------------------- units

    private static final Map<String, Unit> TIME = Map.ofEntries(
            Map.entry("years", Unit.YEARS), Map.entry("year", Unit.YEARS), Map.entry("yrs", Unit.YEARS),
            Map.entry("yr", Unit.YEARS), Map.entry("months", Unit.MONTHS), Map.entry("month", Unit.MONTHS),
            Map.entry("days", Unit.DAYS), Map.entry("day", Unit.DAYS), Map.entry("weeks", Unit.DAYS),
            Map.entry("week", Unit.DAYS), Map.entry("decades", Unit.YEARS), Map.entry("decade", Unit.YEARS),
            Map.entry("km", Unit.KILOMETRES), Map.entry("kilometres", Unit.KILOMETRES),
            Map.entry("kilometers", Unit.KILOMETRES), Map.entry("kilometre", Unit.KILOMETRES),
            Map.entry("kilometer", Unit.KILOMETRES), Map.entry("tons", Unit.TONNES), Map.entry("tonnes", Unit.TONNES),
            Map.entry("tonne", Unit.TONNES), Map.entry("ton", Unit.TONNES), Map.entry("percent", Unit.PERCENT),
            Map.entry("pct", Unit.PERCENT), Map.entry("dollars", Unit.US_DOLLARS), Map.entry("dollar", Unit.US_DOLLARS),
            Map.entry("usd", Unit.US_DOLLARS), Map.entry("won", Unit.SOUTH_KOREAN_WON),
            Map.entry("krw", Unit.SOUTH_KOREAN_WON), Map.entry("euros", Unit.EUROS), Map.entry("euro", Unit.EUROS),
            Map.entry("eur", Unit.EUROS), Map.entry("명", Unit.PERSONS), Map.entry("원", Unit.SOUTH_KOREAN_WON), Map.entry("톤", Unit.TONNES),
            Map.entry("달러", Unit.US_DOLLARS),
            Map.entry("만원", Unit.SOUTH_KOREAN_WON));

    private static BigDecimal factorOf(String word) {
        return switch (word) {
            case "weeks", "week" -> BigDecimal.valueOf(7);
            case "decades", "decade" -> BigDecimal.TEN;
            default -> null;
        };
    }

    /** A unit written right after the number, which belongs to the phrase ("25 percent", "3 months", "70-year"). */
    private Suffix tightUnit(int j) {
        if (j >= t.size() || masked[j]) {
            return null;
        }
        Token a = t.get(j);
        if (a.is("%") || a.is("\uFF05")) {
            return new Suffix(Unit.PERCENT, j + 1, null);
        }
        if (a.is("per") && j + 1 < t.size() && t.get(j + 1).is("cent")) {
            return new Suffix(Unit.PERCENT, j + 2, null);
        }
        if (a.is("percentage") && j + 1 < t.size() && t.get(j + 1).is("points")) {
            return new Suffix(Unit.PERCENT, j + 2, null);
        }
        if (a.is("metric") && j + 1 < t.size() && (t.get(j + 1).is("tons") || t.get(j + 1).is("tonnes"))) {
            return new Suffix(Unit.TONNES, j + 2, null);
        }
        if ((a.is("US") || a.is("U.S.")) && j + 1 < t.size() && t.get(j + 1).is("dollars")) {
            return new Suffix(Unit.US_DOLLARS, j + 2, null);
        }
        if (a.is("of") && j + 1 < t.size()) {
            Token b = t.get(j + 1);
            int k = j + 1;
            if ((b.is("US") || b.is("American")) && k + 1 < t.size()) {
                k++;
            }
            if (t.get(k).is("dollars")) {
                return new Suffix(Unit.US_DOLLARS, k + 1, null);
            }
            if (t.get(k).is("won")) {
                return new Suffix(Unit.SOUTH_KOREAN_WON, k + 1, null);
            }
            if (t.get(k).is("euros")) {
                return new Suffix(Unit.EUROS, k + 1, null);
            }
            return null;
        }
        boolean hyphen = (a.is("-") || a.is("\u2010")) && !a.spaceBefore() && j + 1 < t.size()
                && !t.get(j + 1).spaceBefore();
        Token w = hyphen ? t.get(j + 1) : a;
        int next = hyphen ? j + 2 : j + 1;
        if (!w.isWord()) {
            return null;
        }
        String lower = w.lower();
        Unit unit = TIME.get(lower);
        if (unit == null) {
            return null;
        }
        if (hyphen && (unit == Unit.PERCENT || unit == Unit.US_DOLLARS || unit == Unit.SOUTH_KOREAN_WON
                || unit == Unit.EUROS)) {
            return null;
        }
        if (lower.equals("won") && next < t.size() && t.get(next).isWord() && !t.get(next).is("in")
                && !t.get(next).is("a") && !t.get(next).is("per")) {
            // "won" followed by a word is more likely the verb ("3 won awards") than the currency
            if (!(t.get(next).is("and") || t.get(next).is("to") || t.get(next).is("from") || t.get(next).is("for")
                    || t.get(next).is("of"))) {
                return null;
            }
        }
        // "-year-old", "years old"
        if (next + 1 < t.size() && t.get(next).is("-") && t.get(next + 1).is("old") && !t.get(next).spaceBefore()) {
            next += 2;
        } else if (next < t.size() && t.get(next).is("old") && (unit == Unit.YEARS || unit == Unit.MONTHS)) {
            next += 1;
        }
        return new Suffix(unit, next, factorOf(lower));
    }

    /** Words that end the search for the noun a number counts. */
    private static final java.util.Set<String> STOP = java.util.Set.of("in", "at", "to", "for", "from", "with",
            "by", "on", "that", "which", "who", "whom", "are", "were", "was", "is", "be", "been", "have", "has",
            "had", "will", "would", "could", "should", "can", "may", "might", "the", "a", "an", "this", "these",
            "those", "than", "as", "per", "into", "over", "under", "since", "during", "each", "every", "it", "they",
            "we", "he", "she", "not", "did", "do", "does", "said", "says", "being", "also", "still", "currently",
            "now", "them", "or", "but", "if", "when", "while", "because", "so", "ago", "before", "after", "until",
            "there", "here", "then", "where", "whose", "its", "their", "his", "her", "our", "my", "your", "out",
            "up", "down", "about", "around", "across", "between", "through", "among", "against", "without");
    private static final java.util.Set<String> OWNERS = java.util.Set.of("her", "his", "their", "the", "these",
            "those", "its", "our", "my", "your");

    /**
     * The unit told by the noun a number counts, looking a few words ahead ("50,000 North Korean laborers",
     * "three rocket engines", "three of her four children") and then just behind ("a family of five", "a
     * population of", "ages 15 to 25").
     */
    private Unit countedNoun(int j) {
        int unknown = 0;
        for (int k = j; k < t.size() && unknown <= 3; k++) {
            Token w = t.get(k);
            if (w.is("-") && !w.spaceBefore() || w.is("and") && k > j) {
                continue;
            }
            if (!w.isWord()) {
                break;
            }
            String lower = w.lower();
            if (Lexicon.PERSON_NOUNS.contains(lower)) {
                return Unit.PERSONS;
            }
            if (Lexicon.ITEM_NOUNS.contains(lower)) {
                return Unit.ITEMS;
            }
            if (lower.equals("of")) {
                // "three of her four children": skip the owner and the number
                int n = k + 1;
                while (n < t.size() && (OWNERS.contains(t.get(n).lower()) || t.get(n).isNumber()
                        || Lexicon.SMALL.containsKey(t.get(n).lower()) || Lexicon.TENS.containsKey(t.get(n).lower()))) {
                    n++;
                }
                k = n - 1;
                continue;
            }
            if (STOP.contains(lower) || Lexicon.SMALL.containsKey(lower) || Lexicon.TENS.containsKey(lower)) {
                break;
            }
            if (!Lexicon.MODIFIERS.contains(lower)) {
                unknown++;
            }
        }
        return behind(j);
    }

    private Unit behind(int j) {
        int from = j;
        while (from > 0 && !t.get(from - 1).isWord() || from > 0 && t.get(from - 1).isWord()
                && !t.get(from - 1).is("of") && !t.get(from - 1).is("ages") && !t.get(from - 1).is("aged")
                && !t.get(from - 1).is("age") && j - from < 8 && isNumberish(from - 1)) {
            from--;
        }
        for (int k = from - 1; k >= 0 && k >= from - 4; k--) {
            Token w = t.get(k);
            if (!w.isWord()) {
                return null;
            }
            String lower = w.lower();
            if (lower.equals("ages") || lower.equals("aged") || lower.equals("age")) {
                return Unit.YEARS;
            }
            if (lower.equals("population") || lower.equals("family") || lower.equals("families")
                    || lower.equals("group") && k + 1 < t.size() && t.get(k + 1).is("of")) {
                return Unit.PERSONS;
            }
        }
        return null;
    }

    private boolean isNumberish(int k) {
        Token w = t.get(k);
        String lower = w.lower();
        return w.isNumber() || Lexicon.SMALL.containsKey(lower) || Lexicon.TENS.containsKey(lower)
                || lower.equals("to") || lower.equals("and") || lower.equals("between") || lower.equals("from")
                || lower.equals("or") || Lexicon.MULTIPLIERS.containsKey(lower) || lower.equals("hundred")
                || lower.equals("about") || lower.equals("around") || lower.equals("estimated") || lower.equals("at")
                || lower.equals("approximately") || lower.equals("some") || lower.equals("nearly");
    }

    // ---------------------------------------------------------------------------------------------- exclusions

    private boolean excluded(Quantity q, Suffix s, Prefix prefix) {
        Token first = t.get(q.from());
        if (!first.isNumber()) {
            return false; // words, fractions and currency-led amounts are not years, markers or designations
        }
        Token prev = q.from() > 0 ? t.get(q.from() - 1) : null;
        Token next = first.end() == t.get(Math.min(q.from() + 1, t.size() - 1)).start()
                && q.from() + 1 < t.size() ? t.get(q.from() + 1) : null; // glued token after the digits
        Token nextAny = q.from() + 1 < t.size() ? t.get(q.from() + 1) : null;
        boolean plain = q.plain() && q.multiplier() == null;
        // glued letters after the digits that are no unit: ordinals (21st), decades (1990s), codes (14A)
        if (next != null && next.isWord() && s == null && q.multiplier() == null && q.to() == q.from() + 1
                && !Tokenizer.hangul(next.text())) {
            return true;
        }
        if (nextAnyWordIsKoreanDesignator(q)) {
            return true;
        }
        // times, dates and ratios: 10:30, 12/10/2014, 24/7
        if (next != null && (next.is(":") || next.is("/")) && q.from() + 2 < t.size() && t.get(q.from() + 2).isNumber()
                && !t.get(q.from() + 2).spaceBefore()) {
            return true;
        }
        if (prev != null && !first.spaceBefore()) {
            if (prev.isWord() && !Tokenizer.hangul(prev.text())) {
                return true; // camps12, G20 (Korean runs words into numbers: "북한군10사망")
            }
            String p = prev.text();
            if (".,;:)]\"\u201D\u2019'?!/-\u2010\u2013\u00B7*^".contains(p) && !(prev.is("-") && prefix.qualifier() != null)) {
                return true; // footnote markers glued to punctuation, COVID-19, the '90s
            }
        }
        if (plain && prev != null && nextAny != null) {
            if (prev.is("[") && nextAny.is("]")) {
                return true;
            }
            if (prev.is("(") && nextAny.is(")") && s == null) {
                return true;
            }
        }
        // a page number: a bare number alone on its line
        if (plain && first.lineStart() && s == null && (nextAny == null || nextAny.lineStart())) {
            return true;
        }
        // a footnote list: a line that starts with a bare number
        if (plain && first.lineStart() && s == null && prefix.qualifier() == null) {
            if (nextAny == null || nextAny.isMark() && !nextAny.is("%") && !nextAny.is("-")
                    && !nextAny.is("\u2013") || nextAny.capitalized() || nextAny.text().startsWith("\u201C")) {
                return true;
            }
        }
        if (yearLike(q, s)) {
            return true;
        }
        // dates: 9 October, October 8
        if (plain && s == null && q.low().compareTo(BigDecimal.valueOf(31)) <= 0) {
            if (nextAny != null && isMonth(nextAny) || prev != null && isMonth(prev)) {
                return true;
            }
        }
        // designations: Camp 14, Office 39, No. 15, p. 12, Resolution 2397
        if ((plain || isDecimalPlain(q)) && s == null && prefix.rangeWord() == null
                && (prefix.qualifier() == null || prefix.start() == q.from())) {
            int k = q.from() - 1;
            if (k >= 0 && (t.get(k).is(".") || t.get(k).is("#") || t.get(k).is("\u2116"))) {
                k--;
            }
            if (k >= 0 && t.get(k).isWord()) {
                Token w = t.get(k);
                if (Lexicon.DESIGNATORS.contains(w.lower())) {
                    designation = true;
                    return true;
                }
                if (w.capitalized() && !Lexicon.FUNCTION_WORDS.contains(w.lower()) && !isMonth(w)
                        && k == q.from() - 1) {
                    Unit u = countedNoun(q.to());
                    return u == null || u == Unit.ITEMS;
                }
            }
            if (k >= 0 && t.get(k).is("#")) {
                return true;
            }
        }
        return false;
    }

    private boolean nextAnyWordIsKoreanDesignator(Quantity q) {
        if (q.to() >= t.size() || !t.get(q.to()).isWord() || !Tokenizer.hangul(t.get(q.to()).text())) {
            return false;
        }
        String w = t.get(q.to()).text();
        for (String d : Lexicon.KOREAN_DESIGNATORS) {
            if (w.startsWith(d)) {
                return true;
            }
        }
        return false;
    }

    /** The rest of a list after a designator: "paras. 42, 76, 89(m)", "paras. 2(vi), 5, and 15(m)". */
    private boolean continuesDesignations(Quantity q) {
        if (designationTail < 0 || !t.get(q.from()).isNumber() || q.multiplier() != null || q.unit() != null
                || designationTail > q.from() || q.from() - designationTail > 6) {
            return false;
        }
        boolean comma = false;
        for (int k = designationTail; k < q.from(); k++) {
            Token g = t.get(k);
            if (g.is(",") || g.is(";") || g.is("&")) {
                comma = true;
            } else if (g.is("and") || g.is("(") || g.is(")")) {
                continue;
            } else if (g.is("of") && k == designationTail) {
                comma = true; // "Page 3 of 10"
                continue;
            } else if (g.isWord() && g.text().length() <= 4 && k > 0 && t.get(k - 1).is("(")) {
                continue;
            } else {
                return false;
            }
        }
        return comma || designationTail < q.from() && t.get(q.from() - 1).is("and");
    }

    private boolean isDecimalPlain(Quantity q) {
        return q.multiplier() == null && q.unit() == null && !q.words() && t.get(q.from()).text().matches("\\d+[.,]\\d+");
    }

    private static boolean isMonth(Token w) {
        if (!w.isWord() || !Lexicon.MONTHS.contains(w.lower())) {
            return false;
        }
        return w.capitalized();
    }

    private boolean yearLike(Quantity q, Suffix s) {
        if (!q.plain() || q.multiplier() != null || !t.get(q.from()).isNumber()) {
            return false;
        }
        String digits = t.get(q.from()).text();
        if (digits.length() != 4) {
            return false;
        }
        int v = Integer.parseInt(digits);
        if (v < 1800 || v > 2100) {
            return false;
        }
        if (s != null && s.unit() != Unit.YEARS) {
            return false;
        }
        Token after = q.to() < t.size() ? t.get(q.to()) : null;
        return after == null || !(after.isWord() && Lexicon.PERSON_NOUNS.contains(after.lower()));
    }

    private boolean isCompound(int j) {
        return j + 1 < t.size() && (t.get(j).is("-") || t.get(j).is("\u2010")) && !t.get(j).spaceBefore()
                && !t.get(j + 1).spaceBefore() && t.get(j + 1).isWord();
    }

    private int skipCompound(int j) {
        return j + 2;
    }

    // ---------------------------------------------------------------------------------------------- numbers

    /** A number starting at token i, with a currency sign before it if any; null if none starts there. */
    private Quantity quantity(int i) {
        if (i >= t.size() || masked[i]) {
            return null;
        }
        Token a = t.get(i);
        Unit currency = null;
        int k = i;
        if (a.is("$") || a.is("US$")) {
            currency = Unit.US_DOLLARS;
            k = i + 1;
        } else if ((a.is("US") || a.is("USD")) && i + 1 < t.size() && t.get(i + 1).is("$")) {
            currency = Unit.US_DOLLARS;
            k = i + 2;
        } else if (a.is("USD") && i + 1 < t.size() && t.get(i + 1).isNumber()) {
            currency = Unit.US_DOLLARS;
            k = i + 1;
        } else if ((a.is("KRW") || a.is("\u20A9") || a.is("\uFFE6")) && i + 1 < t.size() && t.get(i + 1).isNumber()) {
            currency = Unit.SOUTH_KOREAN_WON;
            k = i + 1;
        } else if ((a.is("EUR") || a.is("\u20AC")) && i + 1 < t.size() && t.get(i + 1).isNumber()) {
            currency = Unit.EUROS;
            k = i + 1;
        }
        if (currency != null && k < t.size() && t.get(k).isMark() && t.get(k).is("$")) {
            k++;
        }
        if (k >= t.size()) {
            return null;
        }
        Quantity q = digits(k, currency != null);
        if (q == null && currency == null) {
            q = oneIn(k);
            if (q == null) {
                q = fraction(k);
            }
            if (q == null) {
                q = magnitude(k);
            }
            if (q == null) {
                q = words(k);
            }
        }
        if (q == null) {
            return null;
        }
        if (currency != null) {
            q = new Quantity(i, q.to(), q.low(), q.high(), q.vague(), q.multiplier(), false, q.words(), currency);
        }
        return q;
    }

    private static final java.util.Set<String> AGE_OWNERS = java.util.Set.of("their", "his", "her", "my", "our",
            "your", "early", "mid", "late");

    private Quantity digits(int k, boolean money) {
        Token a = t.get(k);
        if (!a.isNumber()) {
            return null;
        }
        String s = a.text();
        int j = k + 1;
        BigDecimal mult = null;
        // glued multipliers: 12만, 3천만, $1.5m, 30k
        while (j < t.size() && t.get(j).isWord() && !t.get(j).spaceBefore()) {
            String g = t.get(j).lower();
            BigDecimal m = Lexicon.GLUED_MULTIPLIERS.get(g);
            if (m == null || !money && (g.equals("m") || g.equals("b"))
                    || mult != null && !Tokenizer.hangul(g)) {
                break;
            }
            mult = mult == null ? m : mult.multiply(m);
            j++;
        }
        // spaced multipliers: 24 million, two hundred thousand
        while (j < t.size() && t.get(j).isWord() && t.get(j).spaceBefore()) {
            String w = t.get(j).lower();
            BigDecimal m = w.equals("hundred") ? HUNDRED : Lexicon.MULTIPLIERS.get(w);
            if (m == null || w.equals("hundred") && mult != null) {
                break;
            }
            mult = mult == null ? m : mult.multiply(m);
            j++;
        }
        // ages by decade: "in their 30s", "her early 20s"
        if (mult == null && j < t.size() && t.get(j).is("s") && !t.get(j).spaceBefore() && s.matches("[1-9]0")
                && k > 0 && AGE_OWNERS.contains(t.get(k - 1).lower())) {
            BigDecimal decade = new BigDecimal(s);
            return new Quantity(k, j + 1, decade, decade.add(BigDecimal.valueOf(9)), false, null, false, false,
                    Unit.YEARS);
        }
        BigDecimal value = parseDigits(s, mult != null);
        if (value == null) {
            return null;
        }
        boolean plain = s.chars().allMatch(Character::isDigit) && mult == null && !money;
        if (mult != null) {
            value = value.multiply(mult);
        }
        return new Quantity(k, j, value, value, false, mult, plain, false, null);
    }

    static BigDecimal parseDigits(String s, boolean multiplied) {
        String d = s.replace("\u00A0", "").replace("\u202F", "").replace("\u2009", "").replace(" ", "")
                .replace("'", "").replace("\u2019", "");
        int dots = count(d, '.');
        int commas = count(d, ',');
        if (dots > 0 && commas > 0) {
            if (d.lastIndexOf('.') > d.lastIndexOf(',')) {
                d = d.replace(",", "");
            } else {
                d = d.replace(".", "").replace(',', '.');
            }
        } else if (dots > 1) {
            d = d.replace(".", "");
        } else if (dots == 1) {
            int after = d.length() - d.indexOf('.') - 1;
            if (after == 3 && !multiplied && d.indexOf('.') <= 3 && !d.startsWith("0")) {
                d = d.replace(".", ""); // 120.000: a thousands separator
            }
        } else if (commas > 1) {
            d = d.replace(",", "");
        } else if (commas == 1) {
            int after = d.length() - d.indexOf(',') - 1;
            d = after == 3 ? d.replace(",", "") : d.replace(',', '.');
        }
        try {
            return new BigDecimal(d);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /** Numbers in words: "five", "twenty-three", "two hundred", "three thousand", "a million", "half a million". */
    private Quantity words(int k) {
        long total = 0;
        long current = 0;
        int j = k;
        boolean any = false;
        BigDecimal lastScale = null;
        Token first = t.get(k);
        if (!first.isWord()) {
            return null;
        }
        // "half a million"
        if (first.is("half") && k + 2 < t.size() && (t.get(k + 1).is("a") || t.get(k + 1).is("an"))) {
            BigDecimal m = Lexicon.MULTIPLIERS.get(t.get(k + 2).lower());
            if (m != null && !t.get(k + 2).is("mn") && !t.get(k + 2).is("bn")) {
                BigDecimal v = m.divide(BigDecimal.valueOf(2));
                return new Quantity(k, k + 3, v, v, false, m, false, true, null);
            }
        }
        if ((first.is("a") || first.is("an")) && k + 1 < t.size()) {
            String w = t.get(k + 1).lower();
            if (w.equals("hundred") || w.equals("thousand") || w.equals("million") || w.equals("billion")
                    || w.equals("dozen")) {
                current = 1;
                j = k + 1;
                any = true;
            } else {
                return null;
            }
        }
        while (j < t.size()) {
            Token w = t.get(j);
            if (masked[j]) {
                break;
            }
            String lower = w.lower();
            if (w.isWord() && Lexicon.SMALL.containsKey(lower)) {
                if (current % 10 != 0 && current % 100 < 20 && any && current != 0 && lastScale == null) {
                    break; // "five six" is two numbers
                }
                current += Lexicon.SMALL.get(lower);
                any = true;
                lastScale = null;
                j++;
            } else if (w.isWord() && Lexicon.TENS.containsKey(lower)) {
                if (any && current % 100 != 0) {
                    break;
                }
                current += Lexicon.TENS.get(lower);
                any = true;
                lastScale = null;
                j++;
                // twenty-three
                if (j + 1 < t.size() && t.get(j).is("-") && !t.get(j).spaceBefore() && !t.get(j + 1).spaceBefore()
                        && t.get(j + 1).isWord() && Lexicon.SMALL.containsKey(t.get(j + 1).lower())
                        && Lexicon.SMALL.get(t.get(j + 1).lower()) < 10) {
                    current += Lexicon.SMALL.get(t.get(j + 1).lower());
                    j += 2;
                }
            } else if (any && w.isWord() && lower.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
                lastScale = HUNDRED;
                j++;
            } else if (any && w.isWord() && lower.equals("dozen")) {
                current = (current == 0 ? 1 : current) * 12;
                lastScale = BigDecimal.valueOf(12);
                j++;
            } else if (any && w.isWord() && Lexicon.MULTIPLIERS.containsKey(lower) && !lower.equals("mn")
                    && !lower.equals("bn") && !lower.equals("mln")) {
                long m = Lexicon.MULTIPLIERS.get(lower).longValueExact();
                total += (current == 0 ? 1 : current) * m;
                current = 0;
                lastScale = Lexicon.MULTIPLIERS.get(lower);
                j++;
            } else if (any && w.is("and") && lastScale != null && j + 1 < t.size()
                    && (Lexicon.SMALL.containsKey(t.get(j + 1).lower()) || Lexicon.TENS.containsKey(t.get(j + 1).lower()))) {
                j++;
            } else {
                break;
            }
        }
        if (!any) {
            return null;
        }
        BigDecimal v = BigDecimal.valueOf(total + current);
        BigDecimal mult = lastScale != null && lastScale.compareTo(BigDecimal.valueOf(1000)) >= 0 ? lastScale : null;
        return new Quantity(k, j, v, v, false, mult, false, true, null);
    }

    /** Fractions in words as percentages: "one-fifth of", "a third of", "two-thirds of", "half of". */
    private Quantity fraction(int k) {
        Token a = t.get(k);
        if (!a.isWord()) {
            return null;
        }
        int numerator;
        int j;
        if (a.is("half")) {
            if (k > 0 && (t.get(k - 1).is("first") || t.get(k - 1).is("second") || t.get(k - 1).is("latter")
                    || t.get(k - 1).is("other") || t.get(k - 1).is("the"))) {
                return null;
            }
            numerator = 1;
            j = k;
        } else {
            String lower = a.lower();
            if (lower.equals("a") || lower.equals("an") || lower.equals("one")) {
                numerator = 1;
            } else if (Lexicon.SMALL.containsKey(lower) && Lexicon.SMALL.get(lower) > 1) {
                numerator = Lexicon.SMALL.get(lower);
            } else {
                return null;
            }
            j = k + 1;
            if (j < t.size() && (t.get(j).is("-") || t.get(j).is("\u2010")) && !t.get(j).spaceBefore()) {
                j++;
            }
        }
        if (j >= t.size() || !t.get(j).isWord()) {
            return null;
        }
        Integer denominator = Lexicon.DENOMINATORS.get(t.get(j).lower());
        if (denominator == null || numerator >= denominator) {
            return null;
        }
        if (numerator > 1 && !t.get(j).lower().endsWith("s")) {
            return null;
        }
        if (j + 1 >= t.size()) {
            return null;
        }
        Token after = t.get(j + 1);
        boolean of = after.is("of") || a.is("half") && (after.is("the") || after.is("its") || after.is("their")
                || after.is("all") || after.is("that") || after.is("this") || after.is("what") || after.is("those")
                || after.is("these"));
        if (!of) {
            return null;
        }
        BigDecimal pct = BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 2,
                RoundingMode.HALF_UP);
        return new Quantity(k, j + 1, pct, pct, false, null, false, true, Unit.PERCENT);
    }

    /** "one in five", "1 in 10", "one out of three": a share, as a percentage. */
    private Quantity oneIn(int k) {
        Integer a = smallAt(k);
        if (a == null || k + 2 >= t.size()) {
            return null;
        }
        int j = k + 1;
        if (t.get(j).is("in")) {
            j++;
        } else if (t.get(j).is("out") && j + 2 < t.size() && t.get(j + 1).is("of")) {
            j += 2;
        } else {
            return null;
        }
        Integer b = smallAt(j);
        if (b == null || b <= a || b > 1000) {
            return null;
        }
        BigDecimal pct = BigDecimal.valueOf(a * 100L).divide(BigDecimal.valueOf(b), 2, RoundingMode.HALF_UP);
        return new Quantity(k, j + 1, pct, pct, false, null, false, true, Unit.PERCENT);
    }

    private Integer smallAt(int k) {
        if (k >= t.size()) {
            return null;
        }
        Token w = t.get(k);
        if (w.isWord() && Lexicon.SMALL.containsKey(w.lower())) {
            if (k + 1 < t.size() && t.get(k + 1).is("-")) {
                return null;
            }
            return Lexicon.SMALL.get(w.lower());
        }
        if (w.isNumber() && w.text().matches("\\d{1,3}")) {
            return Integer.parseInt(w.text());
        }
        return null;
    }

    /**
     * Magnitude words, read as vague spans: "dozens" 24-99, "hundreds" 200-999, "thousands" 2,000-9,999,
     * "tens of thousands" 20,000-99,999, "hundreds of thousands" 200,000-999,999, likewise for millions and
     * billions; "several hundred" 300-900, "a few thousand" 2,000-5,000.
     */
    private Quantity magnitude(int k) {
        Token a = t.get(k);
        if (!a.isWord()) {
            return null;
        }
        String lower = a.lower();
        if (lower.equals("dozens")) {
            return vague(k, repeated(k), 24, 99, BigDecimal.ONE);
        }
        if (lower.equals("scores") && k + 1 < t.size() && t.get(k + 1).is("of")) {
            return vague(k, k + 1, 40, 99, BigDecimal.ONE);
        }
        if (lower.equals("several") || lower.equals("few") && k > 0 && t.get(k - 1).is("a")) {
            if (k + 1 < t.size()) {
                String w = t.get(k + 1).lower();
                BigDecimal m = w.equals("hundred") ? HUNDRED : w.equals("dozen") ? BigDecimal.valueOf(12)
                        : Lexicon.MULTIPLIERS.get(w);
                if (m != null && !w.equals("mn") && !w.equals("bn") && !w.equals("mln")) {
                    int from = lower.equals("few") ? k - 1 : k;
                    return lower.equals("few") ? vague(from, k + 2, 2, 5, m) : vague(from, k + 2, 3, 9, m);
                }
            }
            return null;
        }
        BigDecimal scale = scaleOfPlural(lower);
        if (lower.equals("tens")) {
            scale = BigDecimal.TEN;
        }
        if (scale == null) {
            return null;
        }
        if (k + 2 < t.size() && t.get(k + 1).is("of")) {
            BigDecimal inner = scaleOfPlural(t.get(k + 2).lower());
            if (inner != null && inner.compareTo(BigDecimal.valueOf(1000)) >= 0 && inner.compareTo(scale) > 0) {
                return vague(k, k + 3, 2, 9.99, inner.multiply(scale).divide(BigDecimal.TEN.pow(0)));
            }
        }
        if (lower.equals("tens")) {
            return null; // "tens" alone
        }
        if (k > 0 && (t.get(k - 1).is("the") && !(k + 1 < t.size() && t.get(k + 1).is("of")))) {
            return null;
        }
        return vague(k, repeated(k), 2, 9.99, scale);
    }

    /** "thousands upon thousands", "hundreds and hundreds": one magnitude, said twice. */
    private int repeated(int k) {
        if (k + 2 < t.size() && (t.get(k + 1).is("upon") || t.get(k + 1).is("and"))
                && t.get(k + 2).is(t.get(k).text())) {
            return k + 3;
        }
        return k + 1;
    }

    private static BigDecimal scaleOfPlural(String w) {
        return switch (w) {
            case "hundreds" -> HUNDRED;
            case "thousands" -> BigDecimal.valueOf(1_000);
            case "millions" -> BigDecimal.valueOf(1_000_000);
            case "billions" -> BigDecimal.valueOf(1_000_000_000);
            default -> null;
        };
    }

    private static Quantity vague(int from, int to, double lowFactor, double highFactor, BigDecimal scale) {
        BigDecimal low = BigDecimal.valueOf(lowFactor).multiply(scale);
        BigDecimal high = BigDecimal.valueOf(highFactor).multiply(scale);
        if (highFactor == 9.99) {
            high = BigDecimal.TEN.multiply(scale).subtract(BigDecimal.ONE);
        }
        return new Quantity(from, to, Numbers.plain(low), Numbers.plain(high), true, null, false, true, null);
    }

    // ---------------------------------------------------------------------------------------------- sentences

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("mr", "mrs", "ms", "dr", "no",
            "nos", "p", "pp", "vol", "st", "jr", "sr", "prof", "gen", "col", "lt", "sgt", "approx", "ca", "est",
            "e.g", "i.e", "etc", "vs", "art", "sec", "para", "fig", "inc", "ltd", "co", "corp", "jan", "feb",
            "aug", "sept", "oct", "nov", "dec", "ibid", "al");

    private String sentence(int startChar, int endChar) {
        int s = startChar;
        while (s > 0) {
            char c = text.charAt(s - 1);
            if (c == '\n' || c == '\r') {
                break;
            }
            if (isBoundary(s - 1)) {
                break;
            }
            s--;
        }
        int e = endChar;
        while (e < text.length()) {
            char c = text.charAt(e);
            if (c == '\n' || c == '\r') {
                break;
            }
            e++;
            if (isBoundary(e - 1)) {
                while (e < text.length() && "\"\u201D\u2019')".indexOf(text.charAt(e)) >= 0) {
                    e++;
                }
                break;
            }
        }
        String original = page.original();
        return original.substring(page.originStart(s), page.originEnd(e)).strip();
    }

    /** True when the character at i ends a sentence: . ! ? followed by white space, not after an abbreviation. */
    private boolean isBoundary(int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        int n = i + 1;
        while (n < text.length() && "\"\u201D\u2019')]".indexOf(text.charAt(n)) >= 0) {
            n++;
        }
        if (n < text.length() && !Character.isWhitespace(text.charAt(n))) {
            // a footnote marker glued after the period: "camps.12 Next"
            int d = n;
            while (d < text.length() && (Character.isDigit(text.charAt(d)) || "[]".indexOf(text.charAt(d)) >= 0)) {
                d++;
            }
            if (d == n || d < text.length() && !Character.isWhitespace(text.charAt(d))) {
                return false;
            }
        }
        if (c == '.') {
            int w = i;
            while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
                w--;
            }
            String word = text.substring(w, i).toLowerCase(Locale.ROOT);
            if (ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(text.charAt(w))
                    || word.contains(".")) {
                return false;
            }
        }
        return true;
    }
}
