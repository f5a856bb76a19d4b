BEGIN;

-- Running downgrade b01aea830fb6 -> 

DROP INDEX IF EXISTS ix_settings_key_value;

DROP INDEX IF EXISTS ix_settings_value;

DROP TABLE IF EXISTS settings;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b01aea830fb6';

COMMIT;

