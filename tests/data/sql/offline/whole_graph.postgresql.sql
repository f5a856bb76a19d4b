BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> a1b2c3d4e5f6

CREATE TABLE account (
    id SERIAL NOT NULL, 
    name VARCHAR(50) NOT NULL, 
    description VARCHAR(200), 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('a1b2c3d4e5f6') RETURNING alembic_version.version_num;

-- Running upgrade a1b2c3d4e5f6 -> b2c3d4e5f6a7

ALTER TABLE account ADD COLUMN email VARCHAR(100);

UPDATE alembic_version SET version_num='b2c3d4e5f6a7' WHERE alembic_version.version_num = 'a1b2c3d4e5f6';

-- Running upgrade b2c3d4e5f6a7 -> c3d4e5f6a7b8

CREATE TABLE orders (
    id SERIAL NOT NULL, 
    PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='c3d4e5f6a7b8' WHERE alembic_version.version_num = 'b2c3d4e5f6a7';

-- Running upgrade b2c3d4e5f6a7 -> c3d4aaaaaaaa

CREATE TABLE invoices (
    id SERIAL NOT NULL, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('c3d4aaaaaaaa') RETURNING alembic_version.version_num;

-- Running upgrade c3d4aaaaaaaa, c3d4e5f6a7b8 -> d4e5f6a7b8c9

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c3d4aaaaaaaa';

UPDATE alembic_version SET version_num='d4e5f6a7b8c9' WHERE alembic_version.version_num = 'c3d4e5f6a7b8';

-- Running upgrade  -> e5f6a7b8c9d0

CREATE TABLE audit (
    id SERIAL NOT NULL, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('e5f6a7b8c9d0') RETURNING alembic_version.version_num;

-- Running upgrade e5f6a7b8c9d0 -> f6a7b8c9d0e1

ALTER TABLE audit ADD COLUMN account_id INTEGER;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e5f6a7b8c9d0';

UPDATE alembic_version SET version_num='f6a7b8c9d0e1' WHERE alembic_version.version_num = 'd4e5f6a7b8c9';

COMMIT;

