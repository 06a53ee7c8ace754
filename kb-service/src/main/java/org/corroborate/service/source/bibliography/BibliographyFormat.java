package org.corroborate.service.source.bibliography;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The bibliographic file formats an import reads. */
public enum BibliographyFormat {
    BIBTEX("application/x-bibtex", ".bib", ".bibtex"),
    RIS("application/x-research-info-systems", ".ris"),
    CSL_JSON("application/vnd.citationstyles.csl+json", ".json", ".csljson");

    private static final Pattern RIS_START = Pattern.compile("(?m)^\\s*TY\\s{1,2}-");
    private static final Pattern BIBTEX_START = Pattern.compile("(?m)^\\s*@\\s*[A-Za-z]+\\s*[{(]");

    private final String mediaType;
    private final String[] extensions;

    BibliographyFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format whose media type this is ("application/x-bibtex; charset=UTF-8"), if any. */
    public static Optional<BibliographyFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        for (BibliographyFormat f : values()) {
            if (f.mediaType.equals(type)) {
                return Optional.of(f);
            }
        }
        return switch (type) {
            case "text/x-bibtex", "application/x-bibtex-text-file" -> Optional.of(BIBTEX);
            case "application/x-ris" -> Optional.of(RIS);
            case "application/json", "application/citeproc+json" -> Optional.of(CSL_JSON);
            default -> Optional.empty();
        };
    }

    /** The format the file name's extension says ("report.bib"), if any. */
    public static Optional<BibliographyFormat> ofFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.strip().toLowerCase(Locale.ROOT);
        for (BibliographyFormat f : values()) {
            for (String extension : f.extensions) {
                if (name.endsWith(extension)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** The format the text looks like: a JSON array or object, RIS tags, or BibTeX entries. */
    public static Optional<BibliographyFormat> ofContent(String text) {
        String t = text.strip();
        if (t.startsWith("[") || t.startsWith("{")) {
            return Optional.of(CSL_JSON);
        }
        if (RIS_START.matcher(t).find()) {
            return Optional.of(RIS);
        }
        if (BIBTEX_START.matcher(t).find()) {
            return Optional.of(BIBTEX);
        }
        return Optional.empty();
    }

    /** The format by the explicit hint, else the file name's extension, else the content. */
    public static Optional<BibliographyFormat> detect(BibliographyFormat hint, String fileName, String text) {
        if (hint != null) {
            return Optional.of(hint);
        }
        return ofFileName(fileName).or(() -> ofContent(text));
    }
}
