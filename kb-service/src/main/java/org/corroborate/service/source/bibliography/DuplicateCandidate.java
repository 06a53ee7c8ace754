package org.corroborate.service.source.bibliography;

import java.io.Serializable;

/**
 * A source, or an earlier record of the same file, that a record may duplicate.
 *
 * @param sourceId    the existing source's id, or null for an earlier record of the file
 * @param recordIndex the earlier record's index, or null for an existing source
 * @param title       its title
 * @param reason      why it looks the same: DOI, URL or TITLE_YEAR
 * @param mergeable   true when the importer may fill in this existing source (it belongs to their organization)
 */
public record DuplicateCandidate(Long sourceId, Integer recordIndex, String title, Reason reason, boolean mergeable)
        implements Serializable {

    public enum Reason { DOI, URL, TITLE_YEAR }

    public boolean inFile() {
        return recordIndex != null;
    }
}
