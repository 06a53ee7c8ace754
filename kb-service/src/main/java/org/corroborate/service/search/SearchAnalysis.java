package org.corroborate.service.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text becomes searchable: every entry is analysed twice, in English (stemming) and in Korean (Nori morphemes),
 * so a reader finds it in either language; numbers lose their thousands separators ("120,000" is "120000"); words
 * of five letters or more tolerate one typo, of eight or more two.
 */
final class SearchAnalysis {

    static final List<String> LANGUAGES = List.of("en", "ko");

    /** How much more a match of the words as typed weighs than a match of one of their synonyms. */
    private static final float TYPED_BOOST = 4f;

    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[,.\\u00a0\\u202f ](?=\\d{3}(?!\\d))");
    private static final Pattern HANGUL = Pattern.compile("[\\uac00-\\ud7a3]");

    private static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
            "title_en", new EnglishAnalyzer(), "text_en", new EnglishAnalyzer(),
            "title_ko", new KoreanAnalyzer(), "text_ko", new KoreanAnalyzer()));

    /** Drops thousands separators before tokenizing; offsets still point into the original text (for snippets). */
    private static final Analyzer ANALYZER = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return PER_FIELD;
        }

        @Override
        protected Reader wrapReader(String fieldName, Reader reader) {
            return new PatternReplaceCharFilter(THOUSANDS, "", reader);
        }
    };

    private SearchAnalysis() {
    }

    /** The text holds nothing searchable (only punctuation or stop words). */
    static final class NoSearchTerms extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoSearchTerms() {
            super("no search terms", null, false, false);
        }
    }

    static Analyzer analyzer() {
        return ANALYZER;
    }

    static boolean looksKorean(String text) {
        return text != null && HANGUL.matcher(text).find();
    }

    /** The Lucene query for what the reader typed and the facets chosen. */
    static Query query(SearchQuery q) {
        return query(q, Synonyms.NONE);
    }

    /** As {@link #query(SearchQuery)}, where a term of a synonym group may be matched by any term of its group. */
    static Query query(SearchQuery q, Synonyms synonyms) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        String text = q.text() == null ? "" : q.text().strip();
        Query words = text.isEmpty() ? new MatchAllDocsQuery() : words(text, synonyms);
        all.add(words, BooleanClause.Occur.MUST);
        filter(all, "type", q.type());
        filter(all, "topic", q.topic());
        filter(all, "organization", q.organization());
        filter(all, "year", q.year() == null ? null : q.year().toString());
        filter(all, "kind", q.kind());
        filter(all, "status", q.status());
        return all.build();
    }

    private static void filter(BooleanQuery.Builder all, String field, String value) {
        if (value != null && !value.isBlank()) {
            all.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    /**
     * Any language may match; within a language, every word must (each exactly or with a small typo), and where a word
     * belongs to a synonym group, any term of the group may stand in for it.
     */
    private static Query words(String text, Synonyms synonyms) {
        Synonyms.Split split = synonyms.split(text);
        BooleanQuery.Builder languages = new BooleanQuery.Builder();
        boolean any = false;
        for (String lang : LANGUAGES) {
            List<String> terms = terms("text_" + lang, split.rest());
            List<List<List<String>>> slots = new ArrayList<>();
            for (Synonyms.Slot slot : split.slots()) {
                // the words as typed first: entries that use the reader's own word rank above those using a synonym
                List<List<String>> alternatives = new ArrayList<>();
                alternatives.add(terms("text_" + lang, slot.said())); // may be empty: then it matches nothing
                for (String term : slot.terms()) {
                    List<String> analysed = terms("text_" + lang, term);
                    if (!analysed.isEmpty() && !alternatives.contains(analysed)) {
                        alternatives.add(analysed);
                    }
                }
                if (alternatives.stream().anyMatch(a -> !a.isEmpty())) {
                    slots.add(alternatives);
                }
            }
            if (terms.isEmpty() && slots.isEmpty()) {
                continue;
            }
            languages.add(new BoostQuery(all("title_" + lang, terms, slots), 3f), BooleanClause.Occur.SHOULD);
            languages.add(all("text_" + lang, terms, slots), BooleanClause.Occur.SHOULD);
            any = true;
        }
        if (!any) {
            throw new NoSearchTerms();
        }
        return languages.build();
    }

    /**
     * Every term, and for each synonym slot one of its alternatives (each alternative all of its terms), in this
     * field; a slot's first alternative, the words as typed, weighs more.
     */
    private static Query all(String field, List<String> terms, List<List<List<String>>> slots) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String t : terms) {
            all.add(word(field, t), BooleanClause.Occur.MUST);
        }
        for (List<List<String>> alternatives : slots) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            for (int i = 0; i < alternatives.size(); i++) {
                BooleanQuery.Builder each = new BooleanQuery.Builder();
                for (String t : alternatives.get(i)) {
                    each.add(word(field, t), BooleanClause.Occur.MUST);
                }
                Query alternative = each.build();
                either.add(i == 0 ? new BoostQuery(alternative, TYPED_BOOST) : alternative, BooleanClause.Occur.SHOULD);
            }
            all.add(either.build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    private static Query word(String field, String term) {
        Term t = new Term(field, term);
        int edits = term.chars().anyMatch(Character::isDigit) || looksKorean(term) ? 0
                : term.length() >= 8 ? 2 : term.length() >= 5 ? 1 : 0;
        if (edits == 0) {
            return new TermQuery(t);
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(t), 2f), BooleanClause.Occur.SHOULD)
                .add(new FuzzyQuery(t, edits, 1), BooleanClause.Occur.SHOULD)
                .build();
    }

    static List<String> terms(String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = ANALYZER.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(terms);
    }
}
