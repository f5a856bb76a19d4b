CREATE TABLE _alembic_tmp_acct (
    first INTEGER, 
    id SERIAL NOT NULL, 
    n INTEGER, 
    mid TEXT, 
    flag BOOLEAN, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_acct (id, n, flag) SELECT acct.id, CAST(acct.n AS INTEGER) AS n, acct.flag 
FROM acct;

DROP TABLE acct;

ALTER TABLE _alembic_tmp_acct RENAME TO acct;

