BEGIN;

-- Running downgrade f6a7b8c9d0e1 -> e5f6a7b8c9d0

ALTER TABLE audit DROP COLUMN account_id;

INSERT INTO alembic_version (version_num) VALUES ('e5f6a7b8c9d0') RETURNING alembic_version.version_num;

UPDATE alembic_version SET version_num='d4e5f6a7b8c9' WHERE alembic_version.version_num = 'f6a7b8c9d0e1';

-- Running downgrade e5f6a7b8c9d0 -> 

DROP TABLE audit;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e5f6a7b8c9d0';

-- Running downgrade d4e5f6a7b8c9 -> c3d4aaaaaaaa, c3d4e5f6a7b8

INSERT INTO alembic_version (version_num) VALUES ('c3d4aaaaaaaa') RETURNING alembic_version.version_num;

UPDATE alembic_version SET version_num='c3d4e5f6a7b8' WHERE alembic_version.version_num = 'd4e5f6a7b8c9';

-- Running downgrade c3d4aaaaaaaa -> b2c3d4e5f6a7

DROP TABLE invoices;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c3d4aaaaaaaa';

-- Running downgrade c3d4e5f6a7b8 -> b2c3d4e5f6a7

DROP TABLE orders;

UPDATE alembic_version SET version_num='b2c3d4e5f6a7' WHERE alembic_version.version_num = 'c3d4e5f6a7b8';

-- Running downgrade b2c3d4e5f6a7 -> a1b2c3d4e5f6

ALTER TABLE account DROP COLUMN email;

UPDATE alembic_version SET version_num='a1b2c3d4e5f6' WHERE alembic_version.version_num = 'b2c3d4e5f6a7';

-- Running downgrade a1b2c3d4e5f6 -> 

DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a1b2c3d4e5f6';

COMMIT;

