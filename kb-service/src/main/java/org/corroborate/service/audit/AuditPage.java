package org.corroborate.service.audit;

import java.util.List;

/** One page of the audit trail, newest first, with how many entries the reader may browse in all. */
public record AuditPage(long total, int offset, int limit, List<AuditEntry> items) {

    public AuditPage {
        items = List.copyOf(items);
    }
}
