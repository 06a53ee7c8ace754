-- The change record: every committed change of the knowledge base, in commit order, with the public entries it
-- reaches. Each node follows it to keep validators and its search index current (issue 16). A change takes its
-- position by updating change_clock in its own transaction: the row lock hands out positions in commit order, so a
-- reader of "position > last" never skips a change that commits later with a lower position.
CREATE TABLE change_clock (
    id       INTEGER PRIMARY KEY,
    position BIGINT  NOT NULL,
    CONSTRAINT change_clock_one_row CHECK (id = 1)
);
INSERT INTO change_clock (id, position) VALUES (1, 0);

CREATE TABLE change_record (
    position       BIGINT       PRIMARY KEY,
    committed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    entity_type    VARCHAR(40)  NOT NULL,
    entity_id      BIGINT,
    seen_by_public BOOLEAN      NOT NULL,
    -- the public tags the change reaches, space separated; "everything" for all; empty for none
    reach          TEXT         NOT NULL
);
CREATE INDEX change_record_committed_at ON change_record (committed_at);

-- The last position of each public tag, upserted in the change's transaction: a starting node loads its validators
-- from here instead of reading the whole record.
CREATE TABLE entry_change (
    tag        VARCHAR(200) PRIMARY KEY,
    position   BIGINT       NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The database's identity, made once: a node whose search index was built from another database starts afresh.
CREATE TABLE kb_instance (
    id          INTEGER     PRIMARY KEY,
    instance_id VARCHAR(64) NOT NULL,
    CONSTRAINT kb_instance_one_row CHECK (id = 1)
);
