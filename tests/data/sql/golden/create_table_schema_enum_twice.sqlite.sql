CREATE TABLE s.a (
    m VARCHAR(1)
);

CREATE TABLE b (
    m VARCHAR(1)
);

CREATE TABLE s.c (
    m VARCHAR(1), 
    v INTEGER
);

CREATE INDEX s.ix_s_c_v ON c (v);

