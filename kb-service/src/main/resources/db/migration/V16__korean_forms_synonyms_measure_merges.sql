-- Korean as a first language: a measure's definition and place in Korean, and topics' Korean names (a keyed list:
-- a topic is named by its English name on measures). English stays the fallback wherever a Korean form is missing.
ALTER TABLE measure ADD COLUMN definition_ko VARCHAR(4000);
ALTER TABLE measure ADD COLUMN place_ko VARCHAR(200);

CREATE TABLE topic_name (
    name     VARCHAR(200) NOT NULL,
    name_ko  VARCHAR(200) NOT NULL,
    CONSTRAINT topic_name_pk PRIMARY KEY (name)
);

-- Measures editors merged into another: the merged measure keeps its row (its audit trail and any reconciliation
-- history point at it) and its address answers with a redirect to the measure it went into.
ALTER TABLE measure ADD COLUMN merged_into_id BIGINT;
ALTER TABLE measure ADD CONSTRAINT measure_merged_into_fk FOREIGN KEY (merged_into_id) REFERENCES measure (id);

-- Search synonyms editors keep: each row is one group of terms that mean the same, in any language, searched as one.
CREATE SEQUENCE synonym_group_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE synonym_group (
    id          BIGINT        NOT NULL,
    terms       VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT synonym_group_pk PRIMARY KEY (id)
);

INSERT INTO synonym_group (id, terms, created_at, version) VALUES
 (1, '탈북민, 탈북자, 북한이탈주민, 새터민, 탈북 주민, defector, defectors, North Korean refugee, North Korean refugees, escapee, escapees', CURRENT_TIMESTAMP, 0),
 (2, '정치범수용소, 정치범 수용소, 관리소, political prison camp, political prison camps, kwanliso, kwan-li-so', CURRENT_TIMESTAMP, 0),
 (3, '강제북송, 강제 송환, forced repatriation, forcibly repatriated, repatriation, refoulement', CURRENT_TIMESTAMP, 0),
 (4, '정치범, political prisoner, political prisoners', CURRENT_TIMESTAMP, 0),
 (5, '화학무기, 화학 무기, chemical weapon, chemical weapons', CURRENT_TIMESTAMP, 0),
 (6, '인신매매, trafficking, human trafficking, trafficked', CURRENT_TIMESTAMP, 0),
 (7, '난민, refugee, refugees', CURRENT_TIMESTAMP, 0),
 (8, '중국 내 북한 주민, 재중 탈북민, North Koreans in China, North Koreans living in China', CURRENT_TIMESTAMP, 0),
 (9, '해외 노동자, 해외 파견 노동자, overseas workers, overseas labourers, workers abroad', CURRENT_TIMESTAMP, 0),
 (10, '핵실험, nuclear test, nuclear tests', CURRENT_TIMESTAMP, 0),
 (11, '미사일, missile, missiles', CURRENT_TIMESTAMP, 0),
 (12, '인구, population', CURRENT_TIMESTAMP, 0),
 (13, '유엔, 국제연합, UN, United Nations', CURRENT_TIMESTAMP, 0),
 (14, '인권, human rights', CURRENT_TIMESTAMP, 0),
 (15, '북한, North Korea, DPRK', CURRENT_TIMESTAMP, 0);

