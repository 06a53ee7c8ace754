package org.corroborate.service.source.bibliography;

import java.io.Serializable;
import java.util.List;

/** What a confirmed import wrote: one row per record. */
public record ImportResult(String fileName, List<Row> rows) implements Serializable {

    /** A record's key (or #index), what was done, and the id of the created or merged source (null when skipped). */
    public record Row(int index, String key, Decision.Action action, Long sourceId, String title, List<String> filled) implements Serializable {
    }

    public long created() {
        return rows.stream().filter(r -> r.action() == Decision.Action.CREATE).count();
    }

    public long merged() {
        return rows.stream().filter(r -> r.action() == Decision.Action.MERGE).count();
    }

    public long skipped() {
        return rows.stream().filter(r -> r.action() == Decision.Action.SKIP).count();
    }
}
