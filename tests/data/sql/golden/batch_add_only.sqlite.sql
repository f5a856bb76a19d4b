ALTER TABLE account ADD COLUMN nick VARCHAR(20);

CREATE INDEX ix_nick ON account (nick);

