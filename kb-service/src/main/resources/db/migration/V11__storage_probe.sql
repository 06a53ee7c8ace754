-- One row the readiness check rewrites: proof that the database can still store a change (a full disk, a read-only
-- or closed database fail this write before any member's change is lost).
CREATE TABLE storage_probe (
    id        INTEGER   NOT NULL PRIMARY KEY,
    probed_at TIMESTAMP NOT NULL
);
INSERT INTO storage_probe (id, probed_at) VALUES (1, CURRENT_TIMESTAMP);
