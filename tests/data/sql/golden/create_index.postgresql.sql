CREATE INDEX ix_t_c ON t (c);

CREATE UNIQUE INDEX ix_t_c2 ON t (c, d);

CREATE INDEX ix_t_p ON t (c) WHERE c > 0;

CREATE INDEX ix_everything_name_lower ON everything (lower(name50));

CREATE INDEX "ix_A" ON "T" ("Col");

CREATE INDEX ix_s ON s.t (c);

CREATE INDEX ix_fn ON t (lower(name));

