-- Running downgrade d7e9e132f743 -> 78d146ca0e2e

DROP TABLE api_tokens;

UPDATE alembic_version SET version_num='78d146ca0e2e' WHERE alembic_version.version_num = 'd7e9e132f743';

