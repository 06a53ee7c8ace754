package org.corroborate.service.source.bibliography;

import java.io.Serializable;

/** What to do with one record: create a source, skip it, or fill in an existing source's empty fields from it. */
public record Decision(Action action, Long mergeInto) implements Serializable {

    public enum Action { CREATE, SKIP, MERGE }

    public static Decision create() {
        return new Decision(Action.CREATE, null);
    }

    public static Decision skip() {
        return new Decision(Action.SKIP, null);
    }

    public static Decision merge(long sourceId) {
        return new Decision(Action.MERGE, sourceId);
    }

    /** What a script asks for every record with possible duplicates (the others are created, bad ones refused). */
    public enum OnDuplicate { SKIP, MERGE, CREATE }

    /** The decision for {@code record} when duplicates are handled by one rule. */
    public static Decision of(ImportRecord record, OnDuplicate rule) {
        if (!record.hasDuplicates()) {
            return record.importable() ? create() : skip();
        }
        return switch (rule) {
            case SKIP -> skip();
            case CREATE -> create();
            case MERGE -> record.mergeable().stream().findFirst()
                    .map(c -> merge(c.sourceId())).orElse(skip());
        };
    }
}
