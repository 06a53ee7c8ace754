package org.corroborate.service.source.text;

import java.io.Serializable;

import org.corroborate.service.source.SourceRef;

import org.corroborate.service.extraction.FigureCandidate;

/**
 * A figure found in a source's held text, ready to become a draft claim.
 *
 * @param candidate what the extractor found
 * @param quote     the citation's quote: the candidate's sentence, at most 400 characters of it around the
 *                  phrase, exactly as written so that anchoring finds it
 * @param before    the sentence before the phrase (for highlighting)
 * @param phrase    the phrase as it stands in the sentence (empty when the sentence does not contain it as such)
 * @param after     the sentence after the phrase
 * @param relay     the known source the sentence says the figure comes from ("according to the UN Commission of
 *                  Inquiry"), offered as the citation's "relayed from"; {@code null} when it names none the reader
 *                  may cite
 */
public record TextFigure(FigureCandidate candidate, String quote, String before, String phrase, String after,
                         SourceRef relay) implements Serializable {

    static TextFigure of(FigureCandidate c, SourceRef relay) {
        String[] parts = FigureQuotes.split(c.sentence(), c.phrase());
        return new TextFigure(c, FigureQuotes.around(c.sentence(), c.phrase(), FigureQuotes.MAX_QUOTE),
                parts[0], parts[1], parts[2], relay);
    }
}
