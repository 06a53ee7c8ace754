-- Cross-referencing: the stored finding on each pair of compared claims of a measure. Re-written for one claim's
-- pairs when that claim changes (indexed by each claim id), read per measure and, for the conflict board, by verdict.
CREATE SEQUENCE claim_comparison_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE claim_comparison (
    id               BIGINT       NOT NULL PRIMARY KEY,
    measure_id       BIGINT       NOT NULL,
    low_claim_id     BIGINT       NOT NULL,
    high_claim_id    BIGINT       NOT NULL,
    verdict          VARCHAR(30)  NOT NULL,
    reason           VARCHAR(30),
    severity         NUMERIC(9, 6),
    severity_level   VARCHAR(20),
    same_origin      BOOLEAN      NOT NULL,
    period_assumed   BOOLEAN      NOT NULL,
    revised_claim_id BIGINT,
    examined_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT claim_comparison_pair_uk UNIQUE (low_claim_id, high_claim_id),
    CONSTRAINT claim_comparison_order_ck CHECK (low_claim_id < high_claim_id),
    CONSTRAINT claim_comparison_measure_fk FOREIGN KEY (measure_id) REFERENCES measure (id),
    CONSTRAINT claim_comparison_low_fk FOREIGN KEY (low_claim_id) REFERENCES claim (id) ON DELETE CASCADE,
    CONSTRAINT claim_comparison_high_fk FOREIGN KEY (high_claim_id) REFERENCES claim (id) ON DELETE CASCADE
);
CREATE INDEX claim_comparison_measure_ix ON claim_comparison (measure_id);
CREATE INDEX claim_comparison_high_ix ON claim_comparison (high_claim_id);
CREATE INDEX claim_comparison_verdict_ix ON claim_comparison (verdict, severity);
