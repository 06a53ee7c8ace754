-- Accounts of member organizations' people, one-time invitations and personal API tokens.
-- Passwords are kept only as PBKDF2 hashes; invitation links and API tokens only as SHA-256 hashes.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE invitation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id               BIGINT       NOT NULL PRIMARY KEY,
    username         VARCHAR(60)  NOT NULL,
    display_name     VARCHAR(200) NOT NULL,
    organization_id  BIGINT       NOT NULL,
    password_hash    VARCHAR(300) NOT NULL,
    active           BOOLEAN      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sign_in_at  TIMESTAMP WITH TIME ZONE,
    version          BIGINT       NOT NULL,
    CONSTRAINT account_username_uk UNIQUE (username),
    CONSTRAINT account_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX account_organization_ix ON account (organization_id);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    CONSTRAINT account_role_pk PRIMARY KEY (account_id, role),
    CONSTRAINT account_role_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT account_role_ck CHECK (role IN ('CONTRIBUTOR', 'EDITOR', 'ORG_ADMIN', 'PLATFORM_ADMIN'))
);

CREATE TABLE invitation (
    id               BIGINT      NOT NULL PRIMARY KEY,
    token_hash       VARCHAR(64) NOT NULL,
    organization_id  BIGINT      NOT NULL,
    invited_by_id    BIGINT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at          TIMESTAMP WITH TIME ZONE,
    used_by_id       BIGINT,
    version          BIGINT      NOT NULL,
    CONSTRAINT invitation_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT invitation_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT invitation_invited_by_fk FOREIGN KEY (invited_by_id) REFERENCES account (id),
    CONSTRAINT invitation_used_by_fk FOREIGN KEY (used_by_id) REFERENCES account (id)
);

CREATE TABLE invitation_role (
    invitation_id BIGINT      NOT NULL,
    role          VARCHAR(20) NOT NULL,
    CONSTRAINT invitation_role_pk PRIMARY KEY (invitation_id, role),
    CONSTRAINT invitation_role_invitation_fk FOREIGN KEY (invitation_id) REFERENCES invitation (id) ON DELETE CASCADE,
    CONSTRAINT invitation_role_ck CHECK (role IN ('CONTRIBUTOR', 'EDITOR', 'ORG_ADMIN', 'PLATFORM_ADMIN'))
);

CREATE TABLE api_token (
    id            BIGINT       NOT NULL PRIMARY KEY,
    account_id    BIGINT       NOT NULL,
    name          VARCHAR(100) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    prefix        VARCHAR(20)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT api_token_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX api_token_account_ix ON api_token (account_id);
