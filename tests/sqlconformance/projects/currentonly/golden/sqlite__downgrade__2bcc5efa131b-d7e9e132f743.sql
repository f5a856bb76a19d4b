-- Running downgrade 2bcc5efa131b -> d7e9e132f743

DROP TABLE holidays;

UPDATE alembic_version SET version_num='d7e9e132f743' WHERE alembic_version.version_num = '2bcc5efa131b';

