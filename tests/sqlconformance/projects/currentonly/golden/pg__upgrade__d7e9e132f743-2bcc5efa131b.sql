BEGIN;

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

COMMIT;

