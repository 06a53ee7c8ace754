package org.corroborate.service.source;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.corroborate.model.organization.Organization;
import org.corroborate.model.shared.StorableText;
import org.corroborate.model.source.Source;
import org.corroborate.service.access.Permissions;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.access.Visibility;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.organization.OrganizationRepository;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.service.shared.StaleEditException;
import org.corroborate.service.source.NewSource.NewAuthor;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Sources: reading them as a given reader may, adding and editing them. Each public method is one transaction. */
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

    /**
     * The version a change of the source is based on, for a reader who may see it in full; empty otherwise (a stub
     * tells nothing of its edits).
     */
    public OptionalLong version(long id, @NotNull Reader reader) {
        return sources.find(id).filter(s -> Visibility.of(s, reader) == Visibility.FULL)
                .map(s -> OptionalLong.of(s.getVersion())).orElse(OptionalLong.empty());
    }

    /** Adds a source; returns its id. */
    public long add(@NotNull Reader actor, @NotNull @Valid NewSource command) {
        Permissions.requireRoleIn(actor, Role.CONTRIBUTOR, command.holder());
        Organization holder = organizations.findBySlug(command.holder())
                .orElseThrow(() -> InvalidInputException.of(Sources.class, "noSuchOrganization", command.holder()));
        Source source = SourceInputs.create(command, holder, id -> relayable(actor, id));
        sources.add(source);
        sources.flush();
        audit.record(actor, holder.getSlug(), "source.created", "source", source.getId(),
                "Added source " + source.getId() + ": " + source.getTitle(), null,
                SourceView.of(source, actor, List.of()));
        return source.getId();
    }

    /**
     * The source as its form edits it, for a contributor of its holding organization.
     *
     * @return empty when there is no such source or the reader may not know it exists
     * @throws NotPermittedException when the reader may see the source but not edit it
     */
    public Optional<EditableSource> findForEdit(@NotNull Reader actor, long id) {
        Optional<Source> found = sources.find(id).filter(s -> Visibility.of(s, actor) != Visibility.HIDDEN);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Source s = found.get();
        Permissions.requireRoleIn(actor, Role.CONTRIBUTOR, s.getHolder().getSlug());
        NewSource content = new NewSource(s.getHolder().getSlug(), s.getKind(), s.getTitle(),
                s.getAuthors().stream().map(a -> new NewAuthor(a.getFamily(), a.getGiven(), a.getLiteral())).toList(),
                s.getContainerTitle(), s.getPublisher(), s.getPublisherPlace(), text(s.getIssued()),
                text(s.getAccessed()), s.getUrl(), s.getDoi(), s.getLanguage(), s.getNumber(), s.getNote(),
                s.getConfidentiality(), s.getRelays().stream().map(Source::getId).toList())
                .located(s.getVolume(), s.getIssue(), s.getPages());
        return Optional.of(new EditableSource(s.getId(), s.getVersion(), content,
                SourceView.refs(List.copyOf(s.getRelays()), actor)));
    }

    /** Replaces a source's fields, whatever its version; see {@link #update(Reader, long, Long, NewSource)}. */
    public SourceView update(@NotNull Reader actor, long id, @NotNull @Valid NewSource command) {
        return update(actor, id, null, command);
    }

    /**
     * Replaces every field of a source with the command's. Only contributors of the holding organization may;
     * the holder itself cannot change.
     *
     * @param basedOnVersion the version the edit started from, or null to skip the check
     * @throws StaleEditException when someone saved the source after {@code basedOnVersion}
     */
    public SourceView update(@NotNull Reader actor, long id, Long basedOnVersion, @NotNull @Valid NewSource command) {
        Source source = sources.find(id).filter(s -> Visibility.of(s, actor) != Visibility.HIDDEN)
                .orElseThrow(() -> InvalidInputException.of(Sources.class, "noSuchSource", id));
        Permissions.requireRoleIn(actor, Role.CONTRIBUTOR, source.getHolder().getSlug());
        if (!source.getHolder().getSlug().equals(command.holder())) {
            throw InvalidInputException.of(Sources.class, "holderFixed", source.getHolder().getSlug());
        }
        if (basedOnVersion != null && source.getVersion() != basedOnVersion) {
            throw new StaleEditException("Source " + id, basedOnVersion, source.getVersion());
        }
        SourceView before = SourceView.of(source, actor, List.of());
        List<Object> publicBefore = publicFace(source);
        SourceInputs.apply(source, command, relayed -> relayable(actor, relayed));
        try {
            sources.flush();
        } catch (OptimisticLockException e) {
            long expected = basedOnVersion == null ? source.getVersion() : basedOnVersion;
            throw new StaleEditException("Source " + id, expected, expected + 1);
        }
        SourceView after = SourceView.of(source, actor, List.of());
        // an edit of a source held in confidence that leaves its stub (or its absence) as it was moves no public page
        audit.record(actor, source.getHolder().getSlug(), "source.updated", "source", source.getId(),
                "Edited source " + source.getId() + ": " + source.getTitle(), before, after,
                !publicFace(source).equals(publicBefore));
        return SourceView.of(source, actor, sources.relaying(source));
    }

    /**
     * All the public may learn of a source, on any page: what an anonymous reader sees of it (nothing for a
     * members-only source, the stub for one held by its organization, everything for a public one), and the sources
     * it relays (the claims citing it are grouped by origin through them).
     */
    static List<Object> publicFace(Source source) {
        return Arrays.asList(SourceView.of(source, Reader.ANONYMOUS, List.of()),
                source.getRelays().stream().map(Source::getId).sorted().toList());
    }

    /**
     * Sources whose title contains {@code text}, among those the reader may see in full: for picking relayed sources.
     */
    public List<SourceRef> suggest(@NotNull Reader reader, @StorableText String text, @Min(1) @Max(50) int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return sources.fullyVisibleWithTitleLike(reader, text.strip(), limit).stream()
                .filter(s -> Visibility.of(s, reader) == Visibility.FULL)
                .map(s -> SourceRef.of(s, Visibility.FULL))
                .toList();
    }

    /** A source another may relay: it must exist and the actor must be able to see it in full. */
    private Source relayable(Reader actor, long id) {
        return sources.find(id).filter(s -> Visibility.of(s, actor) == Visibility.FULL)
                .orElseThrow(() -> InvalidInputException.of(Sources.class, "noSuchRelay", id));
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
