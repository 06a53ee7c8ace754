package org.corroborate.web.faces.source.text;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.extraction.FigureCandidate;
import org.corroborate.service.source.SourceView;
import org.corroborate.service.source.Sources;
import org.corroborate.service.source.text.SourceTexts;
import org.corroborate.service.source.text.TextFigure;
import org.corroborate.service.source.text.TextSummary;
import org.corroborate.web.faces.support.Formats;
import org.corroborate.web.faces.support.Pages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The figures found in a source's held text ({@code /contribute/source-figures.xhtml?id=7}), each with a link
 * that starts a draft claim with the figure and its citation (quote and page) filled in.
 */
@Named
@ViewScoped
public class SourceFiguresPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Sources sources;

    @Inject
    SourceTexts texts;

    @Inject
    CurrentReader caller;

    @Inject
    Formats formats;

    private String id;
    private long sourceId = -1;
    private SourceView source;
    private TextSummary text;
    private List<TextFigure> figures = List.of();

    public void load() {
        sourceId = Pages.id(id);
        source = sourceId < 0 ? null : sources.find(sourceId, caller.reader()).orElse(null);
        if (source == null) {
            Pages.notFound();
            return;
        }
        text = texts.summary(caller.reader(), sourceId).orElse(null);
        figures = text == null ? List.of() : texts.figures(caller.reader(), sourceId);
    }

    /** The query string of the claim form for this figure (without "?"), its values URL-encoded. */
    public String draftQuery(TextFigure figure) {
        return DraftLink.query(sourceId, figure);
    }

    /** "80,000 – 120,000", "120,000" in the reader's language, without the unit. */
    public String bounds(FigureCandidate c) {
        if (c.low() != null && c.high() != null) {
            return formats.number(c.low()) + " – " + formats.number(c.high());
        }
        if (c.value() != null) {
            return formats.number(c.value());
        }
        BigDecimal only = c.low() != null ? c.low() : c.high();
        return only == null ? "" : formats.number(only);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SourceView getSource() {
        return source;
    }

    /** What is held, or null when no text is (or the reader may not see it). */
    public TextSummary getText() {
        return text;
    }

    public List<TextFigure> getFigures() {
        return figures;
    }
}
