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

-- Running upgrade b01aea830fb6 -> 78d146ca0e2e

ALTER TABLE settings ADD COLUMN IF NOT EXISTS scope VARCHAR(20) DEFAULT 'global';

UPDATE alembic_version SET version_num='78d146ca0e2e' WHERE alembic_version.version_num = 'b01aea830fb6';

-- Running upgrade 78d146ca0e2e -> d7e9e132f743

CREATE TABLE api_tokens (
    id UUID NOT NULL, 
    owner UUID NOT NULL, 
    label VARCHAR(50), 
    PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='d7e9e132f743' WHERE alembic_version.version_num = '78d146ca0e2e';

-- Running upgrade d7e9e132f743 -> 2bcc5efa131b

CREATE TABLE holidays (
    day DATE NOT NULL, 
    name VARCHAR(80) NOT NULL, 
    announced_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (day)
);

INSERT INTO holidays (day, name, announced_at) VALUES ('2025-12-25', 'Christmas', '2025-01-02 03:04:05');

INSERT INTO holidays (day, name, announced_at) VALUES ('2026-01-01', 'New Year', NULL);

UPDATE alembic_version SET version_num='2bcc5efa131b' WHERE alembic_version.version_num = 'd7e9e132f743';

-- Running upgrade 2bcc5efa131b -> 8aa907b914de

ALTER TABLE api_tokens DROP CONSTRAINT IF EXISTS uq_api_tokens_label;

UPDATE alembic_version SET version_num='8aa907b914de' WHERE alembic_version.version_num = '2bcc5efa131b';

-- Running upgrade 8aa907b914de -> d58eda117645

ALTER TABLE api_tokens DROP CONSTRAINT IF EXISTS uq_api_tokens_label;

UPDATE alembic_version SET version_num='d58eda117645' WHERE alembic_version.version_num = '8aa907b914de';

-- Running upgrade d58eda117645 -> 7ddc7a94ad6e

ALTER TABLE api_tokens ADD COLUMN setting_key VARCHAR(64) REFERENCES settings (key);

UPDATE alembic_version SET version_num='7ddc7a94ad6e' WHERE alembic_version.version_num = 'd58eda117645';

COMMIT;

