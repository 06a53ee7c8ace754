-- Review: editors' comments on specific fields of a claim, and their decisions (verify, request changes, reject).
CREATE SEQUENCE review_note_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE review_note (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    claim_id            BIGINT        NOT NULL,
    claim_version       BIGINT        NOT NULL,
    field               VARCHAR(20)   NOT NULL,
    citation_id         BIGINT,
    decision            VARCHAR(20),
    text                VARCHAR(2000),
    author_username     VARCHAR(100)  NOT NULL,
    author_organization VARCHAR(80)   NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT review_note_claim_fk FOREIGN KEY (claim_id) REFERENCES claim (id) ON DELETE CASCADE,
    CONSTRAINT review_note_field_ck CHECK (field IN ('FIGURE', 'PERIOD', 'MEASURE', 'CITATION', 'POPULATION', 'STATEMENT', 'GENERAL')),
    CONSTRAINT review_note_decision_ck CHECK (decision IS NULL OR decision IN ('VERIFY', 'REQUEST_CHANGES', 'REJECT')),
    CONSTRAINT review_note_content_ck CHECK (decision IS NOT NULL OR text IS NOT NULL)
);
CREATE INDEX review_note_claim_ix ON review_note (claim_id, created_at);
