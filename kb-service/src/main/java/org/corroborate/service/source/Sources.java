package org.corroborate.service.source;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.corroborate.model.organization.Organization;
import org.corroborate.model.shared.PartialDate;
import org.corroborate.model.source.Author;
import org.corroborate.model.source.Source;
import org.corroborate.service.access.Permissions;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.organization.OrganizationRepository;
import org.corroborate.service.shared.InvalidInputException;

import java.util.List;
import java.util.Optional;

/** Sources: reading them as a given reader may, and adding them. Each public method is one transaction. */
@Stateless
public class Sources {

    @Inject
    SourceRepository sources;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditTrail audit;

    /**
     * @return the source as this reader may see it; empty when it does not exist or the reader may not know it does
     */
    public Optional<SourceView> find(long id, @NotNull Reader reader) {
        return sources.find(id).map(s -> SourceView.of(s, reader, sources.relaying(s)));
    }

    /** Adds a source; returns its id. */
    public long add(@NotNull Reader actor, @NotNull @Valid NewSource command) {
        Permissions.requireRoleIn(actor, Role.CONTRIBUTOR, command.holder());
        Organization holder = organizations.findBySlug(command.holder())
                .orElseThrow(() -> new InvalidInputException("There is no organization \"" + command.holder() + "\"."));
        try {
            Source source = new Source(command.kind(), command.title(), command.confidentiality(), holder);
            source.setAuthors(command.authors().stream().map(a -> Author.of(a.family(), a.given(), a.literal())).toList());
            source.describe(command.containerTitle(), command.publisher(), command.publisherPlace(),
                    date(command.issued()), command.url(), command.doi(), command.language(), command.number());
            source.setAccessed(date(command.accessed()));
            source.setNote(command.note());
            for (Long relayed : command.relays()) {
                source.relay(sources.find(relayed).orElseThrow(
                        () -> new InvalidInputException("The relayed source " + relayed + " does not exist.")));
            }
            sources.add(source);
            sources.flush();
            audit.record(actor, holder.getSlug(), "source.created", "source", source.getId(),
                    "Added source " + source.getId() + ": " + source.getTitle(), null,
                    SourceView.of(source, actor, List.of()));
            return source.getId();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    private static PartialDate date(String text) {
        return text == null || text.isBlank() ? null : PartialDate.parse(text);
    }
}
