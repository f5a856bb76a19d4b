-- Running upgrade d58eda117645 -> 7ddc7a94ad6e

ALTER TABLE api_tokens ADD COLUMN setting_key VARCHAR(64) REFERENCES settings ("key");

UPDATE alembic_version SET version_num='7ddc7a94ad6e' WHERE alembic_version.version_num = 'd58eda117645';

