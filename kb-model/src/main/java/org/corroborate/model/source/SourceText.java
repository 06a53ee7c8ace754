package org.corroborate.model.source;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.corroborate.model.shared.VisibleText;

/**
 * The text held for a source: an uploaded PDF's text page by page, or a pasted text (one page), with the
 * SHA-256 of what was received so anyone can check a copy against it. Pages of a PDF without a text layer (a scan)
 * are read by text recognition (OCR): each says so, with its confidence, and the text names the OCR engine. A source holds at most one text;
 * attaching another replaces it.
 */
@Entity
@Table(name = "source_text")
@NamedQuery(name = "SourceText.findBySource", query = "SELECT t FROM SourceText t WHERE t.source.id = :source")
public class SourceText {

    /** Where the text came from. */
    public enum Kind {
        /** Extracted from an uploaded PDF, page by page. */
        PDF,
        /** Pasted by a contributor: a single page. */
        PASTED
    }

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    @Id
    @SequenceGenerator(name = "source_text_seq", sequenceName = "source_text_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_text_seq")
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id", nullable = false, unique = true, updatable = false)
    private Source source;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    @Column(name = "file_name", length = 255)
    private String fileName;

    /** Lower-case hex SHA-256 of the bytes received (a pasted text: of its UTF-8 bytes). */
    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Column(name = "page_count", nullable = false)
    private int pageCount;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    @Column(name = "attached_by", nullable = false, length = 200)
    private String attachedBy;

    @Column(name = "attached_by_account_id")
    private Long attachedByAccountId;

    /** The OCR engine and languages that read some of the pages (e.g. "Tesseract 5.3.0, eng+kor"); null when none. */
    @Column(name = "ocr_engine", length = 100)
    private String ocrEngine;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "source_text_page", joinColumns = @JoinColumn(name = "source_text_id"))
    @OrderBy("number ASC")
    private List<SourceTextPage> pages = new ArrayList<>();

    protected SourceText() {
        // for JPA
    }

    /**
     * @param pages the text of each page, in order (at least one)
     */
    public SourceText(Source source, Kind kind, String fileName, String sha256, long byteSize, List<String> pages,
                      String attachedBy, Long attachedByAccountId) {
        this(source, kind, fileName, sha256, byteSize, textPages(pages), null, attachedBy, attachedByAccountId);
    }

    private static List<SourceTextPage> textPages(List<String> pages) {
        if (pages == null || pages.isEmpty()) {
            throw new IllegalArgumentException("A text has at least one page.");
        }
        List<SourceTextPage> numbered = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            numbered.add(new SourceTextPage(i + 1, pages.get(i)));
        }
        return numbered;
    }

    /**
     * @param pages     each page, numbered 1, 2, … in order (at least one)
     * @param ocrEngine the engine that read the pages read by OCR; required when there are any, else ignored
     */
    public SourceText(Source source, Kind kind, String fileName, String sha256, long byteSize,
                      List<SourceTextPage> pages, String ocrEngine, String attachedBy, Long attachedByAccountId) {
        this.source = Objects.requireNonNull(source, "A text belongs to a source.");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fileName = VisibleText.isBlank(fileName) ? null : shorten(fileName.strip(), 255);
        if (sha256 == null || !SHA_256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("A SHA-256 is 64 lower-case hexadecimal digits.");
        }
        this.sha256 = sha256;
        if (byteSize < 0) {
            throw new IllegalArgumentException("A size cannot be negative.");
        }
        this.byteSize = byteSize;
        if (pages == null || pages.isEmpty()) {
            throw new IllegalArgumentException("A text has at least one page.");
        }
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).getNumber() != i + 1) {
                throw new IllegalArgumentException("Pages are numbered 1, 2, … in order.");
            }
        }
        this.pages.addAll(pages);
        this.pageCount = pages.size();
        boolean recognized = pages.stream().anyMatch(p -> p.getReading() != SourceTextPage.Reading.TEXT);
        if (recognized && VisibleText.isBlank(ocrEngine)) {
            throw new IllegalArgumentException("Pages read by OCR name the engine that read them.");
        }
        this.ocrEngine = recognized ? shorten(ocrEngine.strip(), 100) : null;
        this.attachedBy = shorten(Objects.requireNonNull(attachedBy, "attached by"), 200);
        this.attachedByAccountId = attachedByAccountId;
        this.attachedAt = Instant.now();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Source getSource() {
        return source;
    }

    public Kind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public long getByteSize() {
        return byteSize;
    }

    public int getPageCount() {
        return pageCount;
    }

    public Instant getAttachedAt() {
        return attachedAt;
    }

    public String getAttachedBy() {
        return attachedBy;
    }

    public Long getAttachedByAccountId() {
        return attachedByAccountId;
    }

    /** The OCR engine that read some pages, e.g. "Tesseract 5.3.0, eng+kor"; null when every page had text. */
    public String getOcrEngine() {
        return ocrEngine;
    }

    /** The pages in order. */
    public List<SourceTextPage> getPages() {
        return Collections.unmodifiableList(pages);
    }

    /** The text of each page, in order. */
    public List<String> pageTexts() {
        return pages.stream().map(SourceTextPage::getContent).toList();
    }
}
