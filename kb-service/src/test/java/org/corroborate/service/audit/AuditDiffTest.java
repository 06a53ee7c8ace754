package org.corroborate.service.audit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditDiffTest {

    @Test
    void aRevisedFigureShowsOnlyTheFieldsThatChanged() {
        String before = "{\"statement\":\"Up to 120,000 held.\",\"figure\":{\"qualifier\":\"UP_TO\",\"high\":120000},\"topics\":[\"camps\"]}";
        String after = "{\"statement\":\"Up to 120,000 held.\",\"figure\":{\"qualifier\":\"BETWEEN\",\"low\":80000,\"high\":120000},\"topics\":[\"camps\",\"detention\"]}";

        List<AuditEntry.FieldChange> changes = AuditDiff.between(before, after);

        assertEquals(List.of(
                new AuditEntry.FieldChange("figure.qualifier", "UP_TO", "BETWEEN"),
                new AuditEntry.FieldChange("figure.low", null, "80000"),
                new AuditEntry.FieldChange("topics[1]", null, "detention")), changes);
    }

    @Test
    void aCreationListsEveryFieldAsNew() {
        List<AuditEntry.FieldChange> changes = AuditDiff.between(null, "{\"title\":\"Hidden Gulag\",\"authors\":[]}");

        assertEquals(List.of(new AuditEntry.FieldChange("title", null, "Hidden Gulag"),
                new AuditEntry.FieldChange("authors", null, "[]")), changes);
    }

    @Test
    void identicalStatesHaveNoChanges() {
        assertTrue(AuditDiff.between("{\"a\":1}", "{\"a\":1}").isEmpty());
    }
}
