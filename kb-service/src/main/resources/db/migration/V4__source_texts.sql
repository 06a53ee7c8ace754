-- The text held for a source (an uploaded PDF's text page by page, or a pasted text as one page) with the
-- SHA-256 of what was received. One text per source; attaching another replaces it.
-- Portable SQL: the same script runs on H2 2.x and PostgreSQL 13+.

CREATE SEQUENCE source_text_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE source_text (
    id                     BIGINT       NOT NULL PRIMARY KEY,
    source_id              BIGINT       NOT NULL,
    kind                   VARCHAR(10)  NOT NULL,
    file_name              VARCHAR(255),
    sha256                 VARCHAR(64)  NOT NULL,
    byte_size              BIGINT       NOT NULL,
    page_count             INTEGER      NOT NULL,
    attached_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    attached_by            VARCHAR(200) NOT NULL,
    attached_by_account_id BIGINT,
    CONSTRAINT source_text_source_uk UNIQUE (source_id),
    CONSTRAINT source_text_source_fk FOREIGN KEY (source_id) REFERENCES source (id) ON DELETE CASCADE,
    CONSTRAINT source_text_kind_ck CHECK (kind IN ('PDF', 'PASTED')),
    CONSTRAINT source_text_size_ck CHECK (byte_size >= 0),
    CONSTRAINT source_text_pages_ck CHECK (page_count >= 1)
);

CREATE TABLE source_text_page (
    source_text_id BIGINT  NOT NULL,
    page_number    INTEGER NOT NULL,
    content        TEXT    NOT NULL,
    CONSTRAINT source_text_page_pk PRIMARY KEY (source_text_id, page_number),
    CONSTRAINT source_text_page_text_fk FOREIGN KEY (source_text_id) REFERENCES source_text (id) ON DELETE CASCADE,
    CONSTRAINT source_text_page_number_ck CHECK (page_number >= 1)
);
