BEGIN;

-- Running upgrade b2c3d4e5f6a7 -> c3d4e5f6a7b8

CREATE TABLE orders (
    id SERIAL NOT NULL, 
    PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='c3d4e5f6a7b8' WHERE alembic_version.version_num = 'b2c3d4e5f6a7';

COMMIT;

BEGIN;

-- Running upgrade b2c3d4e5f6a7 -> c3d4aaaaaaaa

CREATE TABLE invoices (
    id SERIAL NOT NULL, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('c3d4aaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

BEGIN;

-- Running upgrade c3d4aaaaaaaa, c3d4e5f6a7b8 -> d4e5f6a7b8c9

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c3d4aaaaaaaa';

UPDATE alembic_version SET version_num='d4e5f6a7b8c9' WHERE alembic_version.version_num = 'c3d4e5f6a7b8';

COMMIT;

