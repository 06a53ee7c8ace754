package org.corroborate.service.source.bibliography;

import java.io.Serializable;
import java.util.List;

/**
 * A read bibliographic file, nothing written yet: the organization that would hold the sources and each record.
 */
public record ImportPreview(String fileName, BibliographyFormat format, String holder,
                            List<ImportRecord> records) implements Serializable {

    public long importableCount() {
        return records.stream().filter(ImportRecord::importable).count();
    }

    public long errorCount() {
        return records.stream().filter(r -> !r.importable()).count();
    }

    public long duplicateCount() {
        return records.stream().filter(ImportRecord::hasDuplicates).count();
    }
}
