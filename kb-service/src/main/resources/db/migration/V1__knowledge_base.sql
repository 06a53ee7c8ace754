-- The knowledge base: organizations, sources, measures, claims and citations.
-- Portable SQL: the same script runs on H2 2.x and PostgreSQL 13+.
-- Sequences start at 50 and step by 50 to match the entities' allocationSize.

CREATE SEQUENCE organization_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE source_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE measure_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE claim_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE citation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organization (
    id          BIGINT        NOT NULL PRIMARY KEY,
    slug        VARCHAR(80)   NOT NULL,
    name        VARCHAR(300)  NOT NULL,
    short_name  VARCHAR(60),
    country     VARCHAR(60),
    website     VARCHAR(500),
    description VARCHAR(2000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT organization_slug_uk UNIQUE (slug)
);

CREATE TABLE source (
    id               BIGINT        NOT NULL PRIMARY KEY,
    kind             VARCHAR(30)   NOT NULL,
    title            VARCHAR(1000) NOT NULL,
    container_title  VARCHAR(500),
    publisher        VARCHAR(300),
    publisher_place  VARCHAR(200),
    issued           VARCHAR(10),
    accessed         VARCHAR(10),
    url              VARCHAR(2000),
    doi              VARCHAR(200),
    language         VARCHAR(35),
    doc_number       VARCHAR(100),
    note             VARCHAR(4000),
    confidentiality  VARCHAR(20)   NOT NULL,
    holder_id        BIGINT        NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT source_holder_fk FOREIGN KEY (holder_id) REFERENCES organization (id),
    CONSTRAINT source_confidentiality_ck CHECK (confidentiality IN ('PUBLIC', 'MEMBERS_ONLY', 'HOLDER_ONLY'))
);
CREATE INDEX source_holder_ix ON source (holder_id);

CREATE TABLE source_author (
    source_id BIGINT       NOT NULL,
    ordinal   INTEGER      NOT NULL,
    family    VARCHAR(200),
    given     VARCHAR(200),
    literal   VARCHAR(500),
    CONSTRAINT source_author_pk PRIMARY KEY (source_id, ordinal),
    CONSTRAINT source_author_source_fk FOREIGN KEY (source_id) REFERENCES source (id) ON DELETE CASCADE,
    CONSTRAINT source_author_name_ck CHECK (family IS NOT NULL OR literal IS NOT NULL)
);

-- source_id repeats a figure of relayed_source_id (an op-ed relaying the UN Commission of Inquiry).
CREATE TABLE source_relay (
    source_id         BIGINT NOT NULL,
    relayed_source_id BIGINT NOT NULL,
    CONSTRAINT source_relay_pk PRIMARY KEY (source_id, relayed_source_id),
    CONSTRAINT source_relay_source_fk FOREIGN KEY (source_id) REFERENCES source (id) ON DELETE CASCADE,
    CONSTRAINT source_relay_relayed_fk FOREIGN KEY (relayed_source_id) REFERENCES source (id) ON DELETE CASCADE,
    CONSTRAINT source_relay_not_self_ck CHECK (source_id <> relayed_source_id)
);
CREATE INDEX source_relay_relayed_ix ON source_relay (relayed_source_id);

CREATE TABLE measure (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    slug                VARCHAR(120)  NOT NULL,
    name                VARCHAR(300)  NOT NULL,
    definition          VARCHAR(4000) NOT NULL,
    unit                VARCHAR(30)   NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    flow_period         VARCHAR(10),
    place               VARCHAR(200),
    topic               VARCHAR(200),
    about_tolerance_pct NUMERIC(5, 2) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT measure_slug_uk UNIQUE (slug),
    CONSTRAINT measure_flow_ck CHECK ((kind = 'FLOW') = (flow_period IS NOT NULL))
);

CREATE TABLE claim (
    id               BIGINT        NOT NULL PRIMARY KEY,
    statement        VARCHAR(4000) NOT NULL,
    figure_phrase    VARCHAR(500),
    figure_qualifier VARCHAR(20),
    figure_value     NUMERIC(24, 6),
    figure_low       NUMERIC(24, 6),
    figure_high      NUMERIC(24, 6),
    figure_unit      VARCHAR(30),
    measure_id       BIGINT,
    period_start     VARCHAR(10),
    period_end       VARCHAR(10),
    period_first_day DATE,
    period_last_day  DATE,
    place            VARCHAR(200),
    status           VARCHAR(30)   NOT NULL,
    organization_id  BIGINT        NOT NULL,
    language         VARCHAR(35)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT claim_measure_fk FOREIGN KEY (measure_id) REFERENCES measure (id),
    CONSTRAINT claim_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT claim_figure_ck CHECK (figure_phrase IS NULL OR (figure_qualifier IS NOT NULL AND figure_unit IS NOT NULL AND measure_id IS NOT NULL)),
    CONSTRAINT claim_range_ck CHECK (figure_low IS NULL OR figure_high IS NULL OR figure_low <= figure_high),
    CONSTRAINT claim_period_ck CHECK (period_first_day IS NULL OR period_first_day <= period_last_day)
);
CREATE INDEX claim_measure_status_ix ON claim (measure_id, status);
CREATE INDEX claim_organization_ix ON claim (organization_id);
CREATE INDEX claim_status_updated_ix ON claim (status, updated_at);

CREATE TABLE claim_topic (
    claim_id BIGINT       NOT NULL,
    topic    VARCHAR(100) NOT NULL,
    CONSTRAINT claim_topic_pk PRIMARY KEY (claim_id, topic),
    CONSTRAINT claim_topic_claim_fk FOREIGN KEY (claim_id) REFERENCES claim (id) ON DELETE CASCADE
);
CREATE INDEX claim_topic_topic_ix ON claim_topic (topic);

CREATE TABLE citation (
    id            BIGINT        NOT NULL PRIMARY KEY,
    claim_id      BIGINT        NOT NULL,
    source_id     BIGINT        NOT NULL,
    locator_type  VARCHAR(20),
    locator_value VARCHAR(100),
    quote_exact   VARCHAR(2000),
    quote_prefix  VARCHAR(300),
    quote_suffix  VARCHAR(300),
    stance        VARCHAR(20)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT citation_claim_fk FOREIGN KEY (claim_id) REFERENCES claim (id) ON DELETE CASCADE,
    CONSTRAINT citation_source_fk FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT citation_anchor_ck CHECK (locator_value IS NOT NULL OR quote_exact IS NOT NULL)
);
CREATE INDEX citation_claim_ix ON citation (claim_id);
CREATE INDEX citation_source_ix ON citation (source_id);

-- Data sets loaded into this database (the demo knowledge base), so that a restart never loads one twice.
CREATE TABLE dataset_load (
    name      VARCHAR(100) NOT NULL PRIMARY KEY,
    checksum  VARCHAR(64)  NOT NULL,
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
