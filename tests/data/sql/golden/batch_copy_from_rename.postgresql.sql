ALTER TABLE account ALTER COLUMN email SET NOT NULL;

ALTER TABLE account ALTER COLUMN name TYPE VARCHAR(120);

ALTER TABLE account RENAME name TO full_name;

ALTER TABLE account DROP COLUMN nick;

ALTER TABLE account ADD CONSTRAINT uq_account_age UNIQUE (age);

ALTER TABLE account ADD CONSTRAINT fk_account_owner FOREIGN KEY(owner_id) REFERENCES owner (id) ON DELETE CASCADE;

CREATE INDEX ix_account_age ON account (age);

