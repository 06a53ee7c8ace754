-- The audit trail: one row per change (an import is one row listing its rows). Rows are never updated.

CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_event (
    id                BIGINT       NOT NULL PRIMARY KEY,
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_account_id  BIGINT,
    actor_name        VARCHAR(200) NOT NULL,
    channel           VARCHAR(10)  NOT NULL,
    organization_slug VARCHAR(80),
    action            VARCHAR(60)  NOT NULL,
    entity_type       VARCHAR(40)  NOT NULL,
    entity_id         BIGINT,
    summary           VARCHAR(500) NOT NULL,
    before_state      TEXT,
    after_state       TEXT,
    CONSTRAINT audit_event_channel_ck CHECK (channel IN ('WEB', 'API', 'SYSTEM'))
);

CREATE INDEX audit_event_org_time_ix ON audit_event (organization_slug, occurred_at);
CREATE INDEX audit_event_entity_ix ON audit_event (entity_type, entity_id);
CREATE INDEX audit_event_time_ix ON audit_event (occurred_at);
