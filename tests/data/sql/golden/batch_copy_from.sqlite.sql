CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL, 
    email VARCHAR(100) NOT NULL, 
    n INTEGER DEFAULT '5', 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_account (id, email) SELECT account.id, account.email 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

CREATE INDEX ix_account_email ON account (email);

