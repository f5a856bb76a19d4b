CREATE INDEX ix_gin ON t (doc);

CREATE INDEX ix_inc ON t (a);

CREATE INDEX ix_conc ON t (a);

CREATE INDEX ix_ops ON t (name);

CREATE INDEX ix_desc ON t (a DESC, b);

DROP INDEX ix_conc;

