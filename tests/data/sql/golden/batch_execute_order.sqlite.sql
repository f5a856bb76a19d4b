UPDATE account SET flag = 1;

DELETE FROM account WHERE id = 5;

ALTER TABLE account ADD COLUMN nick VARCHAR(20);

CREATE INDEX ix_account_nick ON account (nick);

