-- Notifications: what members are told, in the app and by email, about what concerns them (comments and decisions on
-- their organization's claims, new claims and conflicts on measures they watch, approvals wanted, dissents).
-- A notification is recorded in the transaction of the change it tells of and e-mailed after that commits; one
-- whose e-mail failed stays PENDING with its next attempt, so nothing is lost while the mail server is down.
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE notification (
    id               BIGINT       NOT NULL PRIMARY KEY,
    account_id       BIGINT       NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    measure_id       BIGINT,
    claim_id         BIGINT,
    other_claim_id   BIGINT,
    version_number   INTEGER,
    organization     VARCHAR(80),
    detail           VARCHAR(20),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at          TIMESTAMP WITH TIME ZONE,
    email_state      VARCHAR(10)  NOT NULL,
    email_attempts   INTEGER      NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT notification_measure_fk FOREIGN KEY (measure_id) REFERENCES measure (id) ON DELETE CASCADE,
    CONSTRAINT notification_kind_ck CHECK (kind IN ('COMMENT', 'DECISION', 'NEW_CLAIM', 'CONFLICT', 'APPROVAL_WANTED', 'DISSENT')),
    CONSTRAINT notification_email_state_ck CHECK (email_state IN ('PENDING', 'SENT', 'NONE', 'WITHHELD'))
);
CREATE INDEX notification_account_ix ON notification (account_id, created_at);
CREATE INDEX notification_pending_ix ON notification (email_state, next_attempt_at);

-- Which measures a member watches.
CREATE TABLE measure_watch (
    account_id  BIGINT NOT NULL,
    measure_id  BIGINT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT measure_watch_pk PRIMARY KEY (account_id, measure_id),
    CONSTRAINT measure_watch_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT measure_watch_measure_fk FOREIGN KEY (measure_id) REFERENCES measure (id) ON DELETE CASCADE
);
CREATE INDEX measure_watch_measure_ix ON measure_watch (measure_id);

-- A member's e-mail address for notifications (none: in the app only), immediate or daily digest, and language.
CREATE TABLE notification_settings (
    account_id  BIGINT      NOT NULL PRIMARY KEY,
    email       VARCHAR(254),
    delivery    VARCHAR(10) NOT NULL,
    language    VARCHAR(2)  NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT notification_settings_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT notification_settings_delivery_ck CHECK (delivery IN ('IMMEDIATE', 'DIGEST')),
    CONSTRAINT notification_settings_language_ck CHECK (language IN ('en', 'ko'))
);
