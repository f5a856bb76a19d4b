BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> b01aea830fb6

CREATE TABLE IF NOT EXISTS settings (
    key VARCHAR(64) NOT NULL, 
    value TEXT, 
    PRIMARY KEY (key)
);

CREATE INDEX IF NOT EXISTS ix_settings_value ON settings (value);

CREATE UNIQUE INDEX IF NOT EXISTS ix_settings_key_value ON settings (key, value);

INSERT INTO alembic_version (version_num) VALUES ('b01aea830fb6') RETURNING alembic_version.version_num;

COMMIT;

