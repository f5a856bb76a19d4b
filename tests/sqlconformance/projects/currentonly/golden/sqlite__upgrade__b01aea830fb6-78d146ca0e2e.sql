-- Running upgrade b01aea830fb6 -> 78d146ca0e2e

ALTER TABLE settings ADD COLUMN IF NOT EXISTS scope VARCHAR(20) DEFAULT 'global';

UPDATE alembic_version SET version_num='78d146ca0e2e' WHERE alembic_version.version_num = 'b01aea830fb6';

