package org.corroborate.service.source;

import org.corroborate.model.organization.Organization;
import org.corroborate.model.shared.PartialDate;
import org.corroborate.model.source.Author;
import org.corroborate.model.source.Source;
import org.corroborate.service.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Turns a {@link NewSource} into a source's fields, for the form, the API and bibliographic imports alike.
 * The model's own refusals (a person without a family name, an impossible date) become {@link InvalidInputException}s.
 */
public final class SourceInputs {

    private SourceInputs() {
    }

    /** A new source of {@code holder} with everything the command says; relays are looked up by id. */
    public static Source create(NewSource command, Organization holder, LongFunction<Source> relayLookup) {
        try {
            Source source = new Source(command.kind(), command.title(), command.confidentiality(), holder);
            describe(source, command);
            for (Long relayed : command.relays()) {
                source.relay(relayLookup.apply(relayed));
            }
            return source;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    /** Replaces every field of {@code source} with the command's (the holder stays). */
    public static void apply(Source source, NewSource command, LongFunction<Source> relayLookup) {
        try {
            source.revise(command.kind(), command.title(), command.confidentiality());
            describe(source, command);
            List<Source> relays = new ArrayList<>();
            for (Long relayed : command.relays()) {
                relays.add(relayLookup.apply(relayed));
            }
            source.replaceRelays(relays);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    /**
     * Fills the fields of {@code source} that are empty with the command's values; fields already set stay.
     *
     * @return the names of the fields filled in (CSL-JSON names)
     */
    public static List<String> fillEmpty(Source source, NewSource command) {
        List<String> filled = new ArrayList<>();
        try {
            if (source.getAuthors().isEmpty() && !command.authors().isEmpty()) {
                source.setAuthors(authors(command));
                filled.add("author");
            }
            String container = pick(source.getContainerTitle(), command.containerTitle(), "container-title", filled);
            String publisher = pick(source.getPublisher(), command.publisher(), "publisher", filled);
            String place = pick(source.getPublisherPlace(), command.publisherPlace(), "publisher-place", filled);
            PartialDate issued = source.getIssued();
            if (issued == null && blankToNull(command.issued()) != null) {
                issued = date(command.issued());
                filled.add("issued");
            }
            String url = pick(source.getUrl(), command.url(), "URL", filled);
            String doi = pick(source.getDoi(), command.doi(), "DOI", filled);
            String language = pick(source.getLanguage(), command.language(), "language", filled);
            String number = pick(source.getNumber(), command.number(), "number", filled);
            source.describe(container, publisher, place, issued, url, doi, language, number);
            if (source.getAccessed() == null && blankToNull(command.accessed()) != null) {
                source.setAccessed(date(command.accessed()));
                filled.add("accessed");
            }
            if (source.getNote() == null && blankToNull(command.note()) != null) {
                source.setNote(command.note());
                filled.add("note");
            }
            String volume = pick(source.getVolume(), command.volume(), "volume", filled);
            String issue = pick(source.getIssue(), command.issue(), "issue", filled);
            String page = pick(source.getPages(), command.page(), "page", filled);
            source.locate(volume, issue, page);
            return filled;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    private static String pick(String current, String offered, String name, List<String> filled) {
        if (blankToNull(current) == null && blankToNull(offered) != null) {
            filled.add(name);
            return offered.strip();
        }
        return current;
    }

    private static void describe(Source source, NewSource command) {
        source.setAuthors(authors(command));
        source.describe(blankToNull(command.containerTitle()), blankToNull(command.publisher()),
                blankToNull(command.publisherPlace()), date(command.issued()), blankToNull(command.url()),
                blankToNull(command.doi()), blankToNull(command.language()), blankToNull(command.number()));
        source.setAccessed(date(command.accessed()));
        source.setNote(blankToNull(command.note()));
        source.locate(blankToNull(command.volume()), blankToNull(command.issue()), blankToNull(command.page()));
    }

    private static List<Author> authors(NewSource command) {
        return command.authors().stream()
                .filter(a -> !(isBlank(a.family()) && isBlank(a.given()) && isBlank(a.literal())))
                .map(a -> Author.of(a.family(), a.given(), a.literal()))
                .toList();
    }

    static PartialDate date(String text) {
        return text == null || text.isBlank() ? null : PartialDate.parse(text);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
