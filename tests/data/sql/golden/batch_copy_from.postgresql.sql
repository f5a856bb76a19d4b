ALTER TABLE account ALTER COLUMN email SET NOT NULL;

ALTER TABLE account DROP COLUMN "old";

ALTER TABLE account ADD COLUMN n INTEGER DEFAULT '5';

CREATE INDEX ix_account_email ON account (email);

