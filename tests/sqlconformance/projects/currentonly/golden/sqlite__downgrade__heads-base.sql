-- Running downgrade 7ddc7a94ad6e -> d58eda117645

ALTER TABLE api_tokens DROP COLUMN setting_key;

UPDATE alembic_version SET version_num='d58eda117645' WHERE alembic_version.version_num = '7ddc7a94ad6e';

-- Running downgrade d58eda117645 -> 8aa907b914de

UPDATE alembic_version SET version_num='8aa907b914de' WHERE alembic_version.version_num = 'd58eda117645';

-- Running downgrade 8aa907b914de -> 2bcc5efa131b

UPDATE alembic_version SET version_num='2bcc5efa131b' WHERE alembic_version.version_num = '8aa907b914de';

-- Running downgrade 2bcc5efa131b -> d7e9e132f743

DROP TABLE holidays;

UPDATE alembic_version SET version_num='d7e9e132f743' WHERE alembic_version.version_num = '2bcc5efa131b';

-- Running downgrade d7e9e132f743 -> 78d146ca0e2e

DROP TABLE api_tokens;

UPDATE alembic_version SET version_num='78d146ca0e2e' WHERE alembic_version.version_num = 'd7e9e132f743';

-- Running downgrade 78d146ca0e2e -> b01aea830fb6

ALTER TABLE settings DROP COLUMN IF EXISTS scope;

UPDATE alembic_version SET version_num='b01aea830fb6' WHERE alembic_version.version_num = '78d146ca0e2e';

-- Running downgrade b01aea830fb6 -> 

DROP INDEX IF EXISTS ix_settings_key_value;

DROP INDEX IF EXISTS ix_settings_value;

DROP TABLE IF EXISTS settings;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b01aea830fb6';

