package org.corroborate.service.source.text;

import jakarta.ejb.Stateless;
import jakarta.validation.constraints.NotNull;
import org.corroborate.service.shared.InvalidInputException;

import java.util.Optional;

/** The text held for a source: attaching it (PDF or pasted), reading it, and anchoring quotes in it. */
@Stateless
public class SourceTexts {

    /**
     * Finds a quote in the source's held text.
     *
     * @param prefix text just before the quote, to tell apart several occurrences (may be null)
     * @param suffix text just after it (may be null)
     * @return where it is; empty when the source holds no text (a locator is then required instead)
     * @throws InvalidInputException when the text is held but the quote is not in it, or is there more than once
     *                               and the prefix and suffix do not single one out
     */
    public Optional<QuoteMatch> anchor(long sourceId, @NotNull String quote, String prefix, String suffix) {
        // TODO(source text): being written; see issue 3
        return Optional.empty();
    }
}
