-- One row that nodes starting at the same time lock (SELECT ... FOR UPDATE) before the work that must be done once
-- for a database: loading the demo, creating the first platform admin, cross-referencing an older knowledge base.
-- The second node waits for the first one's transaction, then finds the work done (service.schema.StartupLock).
CREATE TABLE startup_lock (
    name VARCHAR(40) NOT NULL PRIMARY KEY
);
INSERT INTO startup_lock (name) VALUES ('first-start');
