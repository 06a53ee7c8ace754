package org.corroborate.service.measure;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The short address a proposed measure gets from its English name: lowercase ASCII letters and digits joined by
 * single hyphens, at most {@link #MAX_LENGTH} characters, cut at a word ("People held in camps (2019)" →
 * {@code people-held-in-camps-2019}). A name with no Latin letters or digits (a Korean name alone) gives nothing;
 * the measure is then {@code measure-<n>}.
 */
public final class MeasureSlugs {

    public static final int MAX_LENGTH = 60;

    private MeasureSlugs() {
    }

    /** The slug the name gives, or an empty string when it has no Latin letter or digit. */
    public static String fromName(String name) {
        if (name == null) {
            return "";
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }

    /** {@code base}, or {@code base-2}, {@code base-3} … : the n-th candidate (n ≥ 1). */
    public static String candidate(String base, int n) {
        return n <= 1 ? base : base + "-" + n;
    }
}
