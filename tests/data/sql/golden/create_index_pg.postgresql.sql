CREATE INDEX ix_gin ON t USING gin (doc);

CREATE INDEX ix_inc ON t (a) INCLUDE (b, c);

CREATE INDEX CONCURRENTLY ix_conc ON t (a);

CREATE INDEX ix_ops ON t (name text_pattern_ops);

CREATE INDEX ix_desc ON t (a DESC, b);

DROP INDEX CONCURRENTLY ix_conc;

