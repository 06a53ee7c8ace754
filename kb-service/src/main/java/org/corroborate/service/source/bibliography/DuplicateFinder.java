package org.corroborate.service.source.bibliography;

import org.corroborate.service.source.NewSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Finds possible duplicates of records among existing sources and among the file's earlier records. A pure class. */
public final class DuplicateFinder {

    /** An existing source as the comparison needs it. */
    public record Known(long id, String title, String doi, String url, String issued, boolean mergeable) {
    }

    private final Map<String, List<Known>> byDoi = new HashMap<>();
    private final Map<String, List<Known>> byUrl = new HashMap<>();
    private final Map<String, List<Known>> byTitleYear = new HashMap<>();
    private final Map<String, Integer> fileDoi = new HashMap<>();
    private final Map<String, Integer> fileUrl = new HashMap<>();
    private final Map<String, Integer> fileTitleYear = new HashMap<>();
    private final Map<Integer, String> fileTitles = new HashMap<>();

    public DuplicateFinder(List<Known> existing) {
        for (Known k : existing) {
            add(byDoi, DuplicateKeys.doi(k.doi()), k);
            add(byUrl, DuplicateKeys.url(k.url()), k);
            add(byTitleYear, titleYear(k.title(), k.issued()), k);
        }
    }

    private static void add(Map<String, List<Known>> map, String key, Known k) {
        if (key != null) {
            map.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
        }
    }

    private static String titleYear(String title, String issued) {
        String t = DuplicateKeys.title(title);
        String y = DuplicateKeys.year(issued);
        return t == null || y == null ? null : t + "|" + y;
    }

    /**
     * The possible duplicates of the record with this index; call in file order, since each record is compared
     * with the records before it. An existing source matching on several keys is listed once, by its first reason.
     */
    public List<DuplicateCandidate> candidates(int index, NewSource source) {
        Map<String, DuplicateCandidate> found = new LinkedHashMap<>();
        String doi = DuplicateKeys.doi(source.doi());
        String url = DuplicateKeys.url(source.url());
        String titleYear = titleYear(source.title(), source.issued());
        existing(found, byDoi.get(doi), DuplicateCandidate.Reason.DOI);
        existing(found, byUrl.get(url), DuplicateCandidate.Reason.URL);
        existing(found, byTitleYear.get(titleYear), DuplicateCandidate.Reason.TITLE_YEAR);
        inFile(found, fileDoi.get(doi), DuplicateCandidate.Reason.DOI);
        inFile(found, fileUrl.get(url), DuplicateCandidate.Reason.URL);
        inFile(found, fileTitleYear.get(titleYear), DuplicateCandidate.Reason.TITLE_YEAR);
        remember(fileDoi, doi, index);
        remember(fileUrl, url, index);
        remember(fileTitleYear, titleYear, index);
        fileTitles.put(index, source.title());
        return List.copyOf(found.values());
    }

    private static void remember(Map<String, Integer> map, String key, int index) {
        if (key != null) {
            map.putIfAbsent(key, index);
        }
    }

    private static void existing(Map<String, DuplicateCandidate> found, List<Known> matches, DuplicateCandidate.Reason reason) {
        if (matches == null) {
            return;
        }
        for (Known k : matches) {
            found.putIfAbsent("s" + k.id(), new DuplicateCandidate(k.id(), null, k.title(), reason, k.mergeable()));
        }
    }

    private void inFile(Map<String, DuplicateCandidate> found, Integer index, DuplicateCandidate.Reason reason) {
        if (index != null) {
            found.putIfAbsent("r" + index, new DuplicateCandidate(null, index, Objects.toString(fileTitles.get(index), ""), reason, false));
        }
    }
}
