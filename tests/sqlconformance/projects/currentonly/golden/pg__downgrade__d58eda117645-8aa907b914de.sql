BEGIN;

-- Running downgrade d58eda117645 -> 8aa907b914de

UPDATE alembic_version SET version_num='8aa907b914de' WHERE alembic_version.version_num = 'd58eda117645';

COMMIT;

