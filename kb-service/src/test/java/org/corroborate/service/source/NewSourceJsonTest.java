package org.corroborate.service.source;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.corroborate.model.source.SourceKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The API reads a source's body into {@link NewSource} with JSON-B: volume, issue and page are optional. */
class NewSourceJsonTest {

    @Test
    void aSourceBodyWithOrWithoutVolumeIssueAndPageIsRead() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            NewSource plain = jsonb.fromJson("{\"holder\":\"hrnk\",\"kind\":\"REPORT\",\"title\":\"T\",\"authors\":[],"
                    + "\"confidentiality\":\"PUBLIC\",\"relays\":[]}", NewSource.class);
            assertEquals("T", plain.title());
            assertNull(plain.volume());
            NewSource article = jsonb.fromJson("{\"holder\":\"hrnk\",\"kind\":\"JOURNAL_ARTICLE\",\"title\":\"A\",\"authors\":[],"
                    + "\"confidentiality\":\"PUBLIC\",\"relays\":[],\"volume\":\"27\",\"issue\":\"3\",\"page\":\"379-423\"}", NewSource.class);
            assertEquals(SourceKind.JOURNAL_ARTICLE, article.kind());
            assertEquals("27", article.volume());
            assertEquals("3", article.issue());
            assertEquals("379-423", article.page());
        }
    }
}
