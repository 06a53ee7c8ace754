package org.corroborate.service.search;

import org.corroborate.service.shared.Versioned;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.constraints.NotNull;
import org.corroborate.model.search.SynonymGroup;
import org.corroborate.service.access.Permissions;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.StaleEditException;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The synonym list editors keep for search: groups of terms that mean the same, in English and Korean. Every change
 * is audited (entity "search-synonym") and reaches searches once it commits. Each public method is one transaction.
 */
@Stateless
public class SearchSynonyms {

    /** The audit trail's entity type for a synonym group. */
    public static final String ENTITY = "search-synonym";

    @Inject
    SynonymRepository groups;

    @Inject
    AuditTrail audit;

    /** A group as editors see it. */
    public record SynonymGroupView(long id, List<String> terms, long version) implements Versioned, Serializable {
        static SynonymGroupView of(SynonymGroup g) {
            return new SynonymGroupView(g.getId(), g.getTerms(), g.getVersion());
        }
    }

    /** Every group, oldest first; for editors. */
    public List<SynonymGroupView> list(@NotNull Reader editor) {
        Permissions.requireRole(editor, Role.EDITOR);
        return groups.all().stream().map(SynonymGroupView::of).toList();
    }

    /** An editor adds a group of at least two terms. */
    public SynonymGroupView add(@NotNull Reader editor, List<String> terms) {
        Permissions.requireRole(editor, Role.EDITOR);
        SynonymGroup group = groups.add(new SynonymGroup(normalized(terms)));
        audit.record(editor, editor.organizationSlug().orElse(null), "synonyms.added", ENTITY, group.getId(),
                "Added search synonyms: " + String.join(", ", group.getTerms()), null, Map.of("terms", group.getTerms()));
        return SynonymGroupView.of(group);
    }

    /** An editor replaces a group's terms, provided nobody changed it since {@code basedOnVersion}. */
    public SynonymGroupView replace(@NotNull Reader editor, long id, long basedOnVersion, List<String> terms) {
        Permissions.requireRole(editor, Role.EDITOR);
        SynonymGroup group = found(id);
        if (group.getVersion() != basedOnVersion) {
            throw new StaleEditException("Synonym group " + id, basedOnVersion, group.getVersion());
        }
        List<String> before = group.getTerms();
        group.replace(normalized(terms));
        try {
            groups.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Synonym group " + id, basedOnVersion, basedOnVersion + 1);
        }
        audit.record(editor, editor.organizationSlug().orElse(null), "synonyms.changed", ENTITY, id,
                "Changed search synonyms: " + String.join(", ", group.getTerms()), Map.of("terms", before),
                Map.of("terms", group.getTerms()));
        return SynonymGroupView.of(group);
    }

    /** An editor removes a group. */
    public void remove(@NotNull Reader editor, long id) {
        Permissions.requireRole(editor, Role.EDITOR);
        SynonymGroup group = found(id);
        List<String> before = group.getTerms();
        groups.remove(group);
        audit.record(editor, editor.organizationSlug().orElse(null), "synonyms.removed", ENTITY, id,
                "Removed search synonyms: " + String.join(", ", before), Map.of("terms", before), null);
    }

    private SynonymGroup found(long id) {
        return groups.find(id).orElseThrow(() -> InvalidInputException.of(SearchSynonyms.class, "synonyms.notFound", id));
    }

    private static List<String> normalized(List<String> terms) {
        if (terms != null) {
            for (String t : terms) {
                if (t != null && t.contains(",")) {
                    throw InvalidInputException.of(SearchSynonyms.class, "synonyms.comma", t.strip());
                }
                if (t != null && t.strip().length() > SynonymGroup.MAX_TERM_LENGTH) {
                    throw InvalidInputException.of(SearchSynonyms.class, "synonyms.termTooLong", SynonymGroup.MAX_TERM_LENGTH);
                }
            }
        }
        try {
            return SynonymGroup.normalize(terms);
        } catch (IllegalArgumentException e) {
            long distinct = terms == null ? 0 : terms.stream().filter(t -> t != null && !t.isBlank())
                    .map(t -> t.strip().toLowerCase(java.util.Locale.ROOT)).distinct().count();
            throw distinct < 2 ? InvalidInputException.of(SearchSynonyms.class, "synonyms.tooFew")
                    : InvalidInputException.of(SearchSynonyms.class, "synonyms.tooMany", SynonymGroup.MAX_TERMS);
        }
    }
}
