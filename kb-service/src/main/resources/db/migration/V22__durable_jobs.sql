-- Durable background jobs (claim imports, PDF reading) and work that runs once per cluster.
-- A job is a row, not an object in one node's memory: any node reads its progress, and a job whose node stopped
-- beating (its heartbeat went stale) is taken over by another node, re-run from its stored input or failed so that
-- its owner may retry it. Portable SQL: the same script runs on H2 2.2 and PostgreSQL 15.

CREATE TABLE background_job (
    id               VARCHAR(32)  NOT NULL PRIMARY KEY,
    kind             VARCHAR(20)  NOT NULL,
    owner_account_id BIGINT       NOT NULL,
    owner_name       VARCHAR(200) NOT NULL,
    owner_org        VARCHAR(100) NOT NULL,
    owner_roles      VARCHAR(200) NOT NULL,
    owner_channel    VARCHAR(20)  NOT NULL,
    holder           VARCHAR(100),
    subject_id       BIGINT,
    file_name        VARCHAR(300),
    dry_run          BOOLEAN      NOT NULL,
    budget_seconds   INTEGER      NOT NULL,
    input            BYTEA,
    input_size       BIGINT       NOT NULL,
    input_sha256     VARCHAR(64)  NOT NULL,
    state            VARCHAR(10)  NOT NULL,
    step             VARCHAR(20),
    progress_done    INTEGER      NOT NULL,
    progress_total   INTEGER      NOT NULL,
    ocr_done         INTEGER      NOT NULL,
    ocr_total        INTEGER      NOT NULL,
    result           TEXT,
    failure          TEXT,
    retryable        BOOLEAN      NOT NULL,
    node             VARCHAR(100) NOT NULL,
    heartbeat        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE,
    finished_at      TIMESTAMP WITH TIME ZONE,
    attempts         INTEGER      NOT NULL,
    CONSTRAINT background_job_kind_ck CHECK (kind IN ('CLAIM_IMPORT', 'PDF_READING')),
    CONSTRAINT background_job_state_ck CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    CONSTRAINT background_job_progress_ck CHECK (progress_done >= 0 AND progress_total >= 0 AND ocr_done >= 0
        AND ocr_total >= 0 AND attempts >= 0)
);
CREATE INDEX background_job_state_ix ON background_job (kind, state, owner_account_id);
CREATE INDEX background_job_subject_ix ON background_job (kind, subject_id, created_at);
CREATE INDEX background_job_heartbeat_ix ON background_job (state, heartbeat);

-- One row per scheduled task and time slot: the node whose insert wins runs the task for that slot, the others
-- (whose insert fails on the primary key) skip it. Rows older than a few days are deleted.
CREATE TABLE cluster_task_run (
    task       VARCHAR(100) NOT NULL,
    slot       VARCHAR(40)  NOT NULL,
    node       VARCHAR(100) NOT NULL,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cluster_task_run_pk PRIMARY KEY (task, slot)
);
CREATE INDEX cluster_task_run_claimed_ix ON cluster_task_run (claimed_at);
