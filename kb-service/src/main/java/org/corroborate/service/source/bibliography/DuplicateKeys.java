package org.corroborate.service.source.bibliography;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How two sources are compared to find possible duplicates: DOI, URL, or normalized title and year. A pure class. */
public final class DuplicateKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private DuplicateKeys() {
    }

    /** "Report of the Commission — 2014" and "report of the commission 2014" alike: lowercase, no punctuation or diacritics. */
    public static String title(String title) {
        if (title == null) {
            return null;
        }
        String t = Normalizer.normalize(title, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        t = NOT_WORD.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        t = Normalizer.normalize(t, Normalizer.Form.NFC);
        return t.isEmpty() ? null : t;
    }

    /** A DOI without resolver prefix, in lowercase (DOIs are case-insensitive). */
    public static String doi(String doi) {
        String d = CslMapping.doi(doi);
        return d == null || d.isEmpty() ? null : d.toLowerCase(Locale.ROOT);
    }

    /** A URL without scheme, "www.", fragment or trailing slash, in lowercase. */
    public static String url(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        u = u.replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u.isEmpty() ? null : u;
    }

    /** The year of an ISO partial date ("2014-02" → "2014"). */
    public static String year(String issued) {
        return issued == null || issued.length() < 4 ? null : issued.substring(0, 4);
    }
}
