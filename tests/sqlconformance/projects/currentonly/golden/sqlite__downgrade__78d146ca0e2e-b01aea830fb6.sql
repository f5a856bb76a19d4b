-- Running downgrade 78d146ca0e2e -> b01aea830fb6

ALTER TABLE settings DROP COLUMN IF EXISTS scope;

UPDATE alembic_version SET version_num='b01aea830fb6' WHERE alembic_version.version_num = '78d146ca0e2e';

