-- Imports of claims from CSV files: one row per imported file, so that the same file (by SHA-256) is never
-- imported twice by one organization, and the claims each import created.

CREATE SEQUENCE claim_import_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE claim_import (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    organization_id     BIGINT       NOT NULL,
    sha256              VARCHAR(64)  NOT NULL,
    file_name           VARCHAR(300) NOT NULL,
    row_count           INTEGER      NOT NULL,
    importer_account_id BIGINT,
    importer_name       VARCHAR(200) NOT NULL,
    imported_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT claim_import_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT claim_import_file_uk UNIQUE (organization_id, sha256),
    CONSTRAINT claim_import_rows_ck CHECK (row_count >= 0)
);

CREATE TABLE claim_import_claim (
    import_id BIGINT NOT NULL,
    claim_id  BIGINT NOT NULL,
    CONSTRAINT claim_import_claim_pk PRIMARY KEY (import_id, claim_id),
    CONSTRAINT claim_import_claim_import_fk FOREIGN KEY (import_id) REFERENCES claim_import (id) ON DELETE CASCADE,
    CONSTRAINT claim_import_claim_claim_fk FOREIGN KEY (claim_id) REFERENCES claim (id) ON DELETE CASCADE
);
CREATE INDEX claim_import_claim_claim_ix ON claim_import_claim (claim_id);
