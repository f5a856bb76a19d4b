CREATE TYPE status_enum AS ENUM ('new', 'done');

CREATE TABLE everything (
    id SERIAL NOT NULL, 
    big BIGINT, 
    small SMALLINT, 
    s50 VARCHAR(50) NOT NULL, 
    s VARCHAR, 
    t TEXT, 
    u VARCHAR(20), 
    flag BOOLEAN DEFAULT false NOT NULL, 
    flag2 BOOLEAN, 
    dt TIMESTAMP WITHOUT TIME ZONE, 
    dttz TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    d DATE DEFAULT CURRENT_DATE, 
    tm TIME WITHOUT TIME ZONE, 
    f FLOAT, 
    num NUMERIC(10, 2) DEFAULT '0', 
    j JSON, 
    uid VARCHAR(36), 
    blob BYTEA, 
    status status_enum, 
    iv INTERVAL, 
    lit VARCHAR(10) DEFAULT 'abc', 
    now_text TIMESTAMP WITHOUT TIME ZONE DEFAULT now(), 
    code VARCHAR(10), 
    idxcol INTEGER, 
    owner_id INTEGER, 
    commented INTEGER, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_everything_s50_small UNIQUE (s50, small), 
    CONSTRAINT ck_small_pos CHECK (small > 0), 
    UNIQUE (code), 
    FOREIGN KEY(owner_id) REFERENCES owner (id) ON DELETE CASCADE
);

CREATE INDEX ix_everything_idxcol ON everything (idxcol);

COMMENT ON TABLE everything IS 'table comment';

COMMENT ON COLUMN everything.commented IS 'a column comment';

