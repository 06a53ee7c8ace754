package org.corroborate.service.access;

import org.corroborate.model.source.Source;

/** How much of a source a reader may see. */
public enum Visibility {
    /** Everything. */
    FULL,
    /** Only that it exists: kind, year, holding organization, and that it is held in confidence. */
    STUB,
    /** Nothing at all, not even that it exists. */
    HIDDEN;

    public static Visibility of(Source source, Reader reader) {
        return switch (source.getConfidentiality()) {
            case PUBLIC -> FULL;
            case MEMBERS_ONLY -> reader.isMember() ? FULL : HIDDEN;
            case HOLDER_ONLY -> reader.organizationSlug()
                    .filter(slug -> slug.equals(source.getHolder().getSlug()))
                    .map(slug -> FULL)
                    .orElse(STUB);
        };
    }
}
