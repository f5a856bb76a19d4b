-- Running upgrade 2bcc5efa131b -> 8aa907b914de

UPDATE alembic_version SET version_num='8aa907b914de' WHERE alembic_version.version_num = '2bcc5efa131b';

