-- Figure-level provenance: where a cited passage got its figure. Each row is one hop of a citation's relay chain,
-- nearest first (hop_index 0): a news article relaying Yonhap relaying the Ministry has two rows. A figure's origin is
-- the last hop, or the cited source when the citation names none; source-level relays (source_relay) are
-- bibliographic context only.
CREATE SEQUENCE citation_relay_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE citation_relay (
    id          BIGINT       NOT NULL PRIMARY KEY,
    citation_id BIGINT       NOT NULL,
    hop_index   INTEGER      NOT NULL,
    source_id   BIGINT       NOT NULL,
    locator     VARCHAR(200),
    CONSTRAINT citation_relay_citation_fk FOREIGN KEY (citation_id) REFERENCES citation (id) ON DELETE CASCADE,
    CONSTRAINT citation_relay_source_fk FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT citation_relay_position_ck CHECK (hop_index >= 0 AND hop_index < 5)
);
CREATE INDEX citation_relay_citation_ix ON citation_relay (citation_id);
CREATE INDEX citation_relay_source_ix ON citation_relay (source_id);

-- Stored findings said "same origin" by following source-level relays: drop them, and the start-up backfill
-- (CrossReferenceBackfill) judges every measure again with figure-level origins.
DELETE FROM claim_comparison;
