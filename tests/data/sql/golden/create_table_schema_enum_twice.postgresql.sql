CREATE TYPE mood AS ENUM ('x', 'y');

CREATE TABLE s.a (
    m mood
);

CREATE TABLE b (
    m mood
);

CREATE TABLE s.c (
    m mood2, 
    v INTEGER
);

CREATE INDEX ix_s_c_v ON s.c (v);

