CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL, 
    full_name VARCHAR(120) NOT NULL, 
    email VARCHAR(100) NOT NULL, 
    age INTEGER DEFAULT '0', 
    owner_id INTEGER, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_age CHECK (age >= 0), 
    CONSTRAINT uq_account_email UNIQUE (email), 
    CONSTRAINT uq_account_age UNIQUE (age), 
    CONSTRAINT fk_account_owner FOREIGN KEY(owner_id) REFERENCES owner (id) ON DELETE CASCADE, 
    FOREIGN KEY(owner_id) REFERENCES owner (id)
);

INSERT INTO _alembic_tmp_account (id, full_name, email, age, owner_id) SELECT account.id, account.name, account.email, account.age, account.owner_id 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

CREATE INDEX ix_account_name ON account (full_name);

CREATE INDEX ix_account_age ON account (age);

