package org.corroborate.service.source;

import java.io.Serializable;

import org.corroborate.model.source.Source;
import org.corroborate.service.access.Visibility;

/** A source as other read models mention it; a restricted one shows no title. */
public record SourceRef(long id, String kind, String title, String issued, boolean restricted) implements Serializable {

    public static SourceRef of(Source s, Visibility visibility) {
        boolean restricted = visibility != Visibility.FULL;
        return new SourceRef(s.getId(), s.getKind().name(), restricted ? null : s.getTitle(),
                issuedYear(s, restricted), restricted);
    }

    private static String issuedYear(Source s, boolean restricted) {
        if (s.getIssued() == null) {
            return null;
        }
        return restricted ? String.valueOf(s.getIssued().year()) : s.getIssued().toString();
    }
}
