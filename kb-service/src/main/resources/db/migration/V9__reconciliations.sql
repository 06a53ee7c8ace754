-- Reconciliations: one per measure, with an editable draft (optimistically locked), immutable published versions,
-- and member organizations' endorsements and dissents (one per organization per version).
CREATE SEQUENCE reconciliation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE reconciliation_version_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE reconciliation_response_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE reconciliation (
    id               BIGINT        NOT NULL PRIMARY KEY,
    measure_id       BIGINT        NOT NULL,
    rule             VARCHAR(30),
    figure_low       NUMERIC(24, 6),
    figure_high      NUMERIC(24, 6),
    figure_best      NUMERIC(24, 6),
    period_start     VARCHAR(10),
    period_end       VARCHAR(10),
    period_first_day DATE,
    period_last_day  DATE,
    rationale        VARCHAR(8000),
    needs_review     BOOLEAN       NOT NULL,
    published_count  INTEGER       NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100),
    version          BIGINT        NOT NULL,
    CONSTRAINT reconciliation_measure_uk UNIQUE (measure_id),
    CONSTRAINT reconciliation_measure_fk FOREIGN KEY (measure_id) REFERENCES measure (id),
    CONSTRAINT reconciliation_figure_ck CHECK (figure_low IS NULL OR figure_high IS NULL OR figure_low <= figure_high)
);

CREATE TABLE reconciliation_assignment (
    reconciliation_id BIGINT       NOT NULL,
    ordinal           INTEGER      NOT NULL,
    claim_id          BIGINT       NOT NULL,
    role              VARCHAR(20)  NOT NULL,
    reason            VARCHAR(30),
    note              VARCHAR(500),
    CONSTRAINT reconciliation_assignment_pk PRIMARY KEY (reconciliation_id, ordinal),
    CONSTRAINT reconciliation_assignment_fk FOREIGN KEY (reconciliation_id) REFERENCES reconciliation (id) ON DELETE CASCADE,
    CONSTRAINT reconciliation_assignment_role_ck CHECK (role IN ('RECOMMENDED', 'TRIANGULATION', 'DEPRECATED')),
    CONSTRAINT reconciliation_assignment_reason_ck CHECK ((role = 'DEPRECATED') = (reason IS NOT NULL))
);

CREATE TABLE reconciliation_version (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    reconciliation_id      BIGINT        NOT NULL,
    number                 INTEGER       NOT NULL,
    rule                   VARCHAR(30)   NOT NULL,
    figure_low             NUMERIC(24, 6) NOT NULL,
    figure_high            NUMERIC(24, 6) NOT NULL,
    figure_best            NUMERIC(24, 6),
    unit                   VARCHAR(30)   NOT NULL,
    period_start           VARCHAR(10),
    period_end             VARCHAR(10),
    period_first_day       DATE,
    period_last_day        DATE,
    rationale              VARCHAR(8000) NOT NULL,
    published_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by           VARCHAR(100)  NOT NULL,
    published_organization VARCHAR(80),
    CONSTRAINT reconciliation_version_uk UNIQUE (reconciliation_id, number),
    CONSTRAINT reconciliation_version_fk FOREIGN KEY (reconciliation_id) REFERENCES reconciliation (id),
    CONSTRAINT reconciliation_version_figure_ck CHECK (figure_low <= figure_high)
);

CREATE TABLE reconciliation_version_assignment (
    version_id BIGINT       NOT NULL,
    ordinal    INTEGER      NOT NULL,
    claim_id   BIGINT       NOT NULL,
    role       VARCHAR(20)  NOT NULL,
    reason     VARCHAR(30),
    note       VARCHAR(500),
    CONSTRAINT reconciliation_version_assignment_pk PRIMARY KEY (version_id, ordinal),
    CONSTRAINT reconciliation_version_assignment_fk FOREIGN KEY (version_id) REFERENCES reconciliation_version (id)
);

CREATE TABLE reconciliation_response (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version_id        BIGINT        NOT NULL,
    organization_slug VARCHAR(80)   NOT NULL,
    stance            VARCHAR(10)   NOT NULL,
    comment_text      VARCHAR(2000),
    responded_by      VARCHAR(100)  NOT NULL,
    responded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version       BIGINT        NOT NULL,
    CONSTRAINT reconciliation_response_uk UNIQUE (version_id, organization_slug),
    CONSTRAINT reconciliation_response_version_fk FOREIGN KEY (version_id) REFERENCES reconciliation_version (id),
    CONSTRAINT reconciliation_response_stance_ck CHECK (stance IN ('ENDORSE', 'DISSENT'))
);
