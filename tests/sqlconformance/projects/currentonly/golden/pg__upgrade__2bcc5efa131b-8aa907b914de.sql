BEGIN;

-- Running upgrade 2bcc5efa131b -> 8aa907b914de

ALTER TABLE api_tokens DROP CONSTRAINT IF EXISTS uq_api_tokens_label;

UPDATE alembic_version SET version_num='8aa907b914de' WHERE alembic_version.version_num = '2bcc5efa131b';

COMMIT;

