-- Read models, rebuilt from the event store by the "read-models" event processor (its token is in
-- token_entry). Nothing here is the source of truth: a rebuild truncates them and replays.

-- One row per obligation, as its events leave it: what scorecards count and drill down to.
CREATE TABLE obligation_view (
    obligation_id  VARCHAR(200) PRIMARY KEY,
    person_key     VARCHAR(64)  NOT NULL,
    kind           VARCHAR(64)  NOT NULL,
    subject        VARCHAR(200) NOT NULL,
    side           VARCHAR(8)   NOT NULL,
    responsible    VARCHAR(6)   NOT NULL,
    owed           VARCHAR(6)   NOT NULL,
    opens_on       DATE         NOT NULL,
    due_on         DATE         NOT NULL,
    policy_version VARCHAR(140) NOT NULL,
    opened_by      VARCHAR(80),
    period         VARCHAR(16),
    status         VARCHAR(16)  NOT NULL,
    evidence       VARCHAR(80),
    settled_on     DATE,
    replaced_by    VARCHAR(200),
    waived_by      VARCHAR(6),
    waiver_reason  VARCHAR(500),
    last_position  BIGINT       NOT NULL
);
CREATE INDEX obligation_view_responsible ON obligation_view (responsible, due_on);
CREATE INDEX obligation_view_owed ON obligation_view (owed, due_on);
CREATE INDEX obligation_view_person ON obligation_view (person_key);

-- Where each person lived, as non-overlapping segments (a conflict's days go to the claim
-- recorded first): migrant stock and flows are counted from here.
CREATE TABLE residence_view (
    person_key          VARCHAR(64) NOT NULL,
    segment             INTEGER     NOT NULL,
    region              VARCHAR(6)  NOT NULL,
    registration_region VARCHAR(6),
    from_date           DATE        NOT NULL,
    until_date          DATE,
    starting            BOOLEAN     NOT NULL,
    migrant             BOOLEAN     NOT NULL,
    arrival_key         VARCHAR(80) NOT NULL,
    PRIMARY KEY (person_key, segment)
);
CREATE INDEX residence_view_region ON residence_view (region, from_date);

-- One row per child born (the first report of each), with where the mother lived on the day.
CREATE TABLE birth_view (
    person_key          VARCHAR(64) NOT NULL,
    child               VARCHAR(24) NOT NULL,
    born_on             DATE        NOT NULL,
    sex                 CHAR(1)     NOT NULL,
    birth_order         INTEGER     NOT NULL,
    residence_region    VARCHAR(6),
    registration_region VARCHAR(6),
    migrant             BOOLEAN     NOT NULL,
    record_key          VARCHAR(80) NOT NULL,
    PRIMARY KEY (person_key, child)
);
CREATE INDEX birth_view_born ON birth_view (born_on);
