-- Running downgrade 7ddc7a94ad6e -> d58eda117645

ALTER TABLE api_tokens DROP COLUMN setting_key;

UPDATE alembic_version SET version_num='d58eda117645' WHERE alembic_version.version_num = '7ddc7a94ad6e';

