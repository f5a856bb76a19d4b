BEGIN;

-- Running upgrade 8aa907b914de -> d58eda117645

ALTER TABLE api_tokens DROP CONSTRAINT IF EXISTS uq_api_tokens_label;

UPDATE alembic_version SET version_num='d58eda117645' WHERE alembic_version.version_num = '8aa907b914de';

COMMIT;

