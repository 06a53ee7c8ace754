package org.corroborate.service.source.bibliography;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.service.source.NewSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The share of well-formed records of real files (from public test suites of citation tools, see
 * {@code bibliography/real/README.md}) read right: title, first author and year as the hand-written key says.
 * Prints the share and every record read wrong; the target is 90 %.
 */
class RealFilesTest {

    private static final String DIR = "/bibliography/real/";
    static final double TARGET = 0.90;

    private record Expected(String file, String record, String kind, String title, String author, String year) {
        boolean wellFormed() {
            return !title.isBlank() && !author.isBlank() && !year.isBlank();
        }
    }

    @Test
    void readsAtLeastNinetyPercentOfTheWellFormedRecordsOfRealFilesRight() throws IOException {
        List<Expected> key = key();
        Map<String, List<ParsedRecord>> read = new LinkedHashMap<>();
        int wellFormed = 0;
        int right = 0;
        int kindsRight = 0;
        List<String> wrong = new ArrayList<>();
        for (Expected e : key) {
            List<ParsedRecord> records = read.computeIfAbsent(e.file(), RealFilesTest::read); // no file may crash
            if (!e.wellFormed()) {
                continue;
            }
            wellFormed++;
            ParsedRecord r = find(e, records);
            NewSource s = r == null || r.item() == null ? null
                    : CslMapping.map(r.item(), "hrnk", Confidentiality.PUBLIC).source();
            String title = s == null ? null : s.title();
            String author = s == null || s.authors().isEmpty() ? null : name(s.authors().get(0));
            String year = s == null || s.issued() == null ? null : s.issued().substring(0, 4);
            boolean ok = title != null && norm(title).startsWith(norm(e.title()))
                    && author != null && norm(author).equals(norm(e.author())) && e.year().equals(year);
            if (ok) {
                right++;
            } else {
                wrong.add(e.file() + " " + e.record() + ": got [" + title + " | " + author + " | " + year + "]"
                        + (r == null ? " (not found)" : r.problems().isEmpty() ? "" : " " + r.problems()));
            }
            if (s != null && s.kind().name().equals(e.kind())) {
                kindsRight++;
            } else {
                wrong.add(e.file() + " " + e.record() + ": kind " + (s == null ? null : s.kind()) + ", not " + e.kind());
            }
        }
        double share = (double) right / wellFormed;
        System.out.printf(Locale.ROOT, "Real bibliography files: %d of %d well-formed records read right (%.1f %%), kind right for %d, in %d files%n",
                right, wellFormed, 100 * share, kindsRight, read.size());
        wrong.forEach(w -> System.out.println("  wrong: " + w));
        assertTrue(share >= TARGET, "share read right " + share + " below " + TARGET);
    }

    private static ParsedRecord find(Expected e, List<ParsedRecord> records) {
        if (e.file().endsWith(".bib")) {
            return records.stream().filter(r -> e.record().equals(r.key())).findFirst().orElse(null);
        }
        // RIS and CSL-JSON: the n-th record (text outside records is a warning on the record after it)
        List<ParsedRecord> real = records;
        int n = Integer.parseInt(e.record());
        return n <= real.size() ? real.get(n - 1) : null;
    }

    private static String name(NewSource.NewAuthor a) {
        return a.literal() != null ? a.literal() : a.family();
    }

    /** Case, accents' composition, dashes, typographic apostrophes and spaces do not make a title wrong. */
    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[\u2010-\u2015]|--", "-").replace('\u00a0', ' ').replace('\u2019', '\'')
                .replaceAll("\\s*-\\s*", "-").replaceAll("\\s+", " ").strip();
        return t;
    }

    static List<ParsedRecord> read(String file) {
        try (InputStream in = RealFilesTest.class.getResourceAsStream(DIR + file)) {
            assertNotNull(in, file);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            BibliographyFormat format = BibliographyFormat.detect(null, file, text).orElseThrow();
            return BibliographyReader.read(format, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Expected> key() throws IOException {
        try (InputStream in = RealFilesTest.class.getResourceAsStream(DIR + "key.csv");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<Expected> key = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                key.add(new Expected(r.get("file"), r.get("record"), r.get("kind"), r.get("title"),
                        r.get("first_author"), r.get("year")));
            }
            return key;
        }
    }
}
