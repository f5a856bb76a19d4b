-- Running downgrade 8aa907b914de -> 2bcc5efa131b

UPDATE alembic_version SET version_num='2bcc5efa131b' WHERE alembic_version.version_num = '8aa907b914de';

