BEGIN;

-- Running upgrade 78d146ca0e2e -> d7e9e132f743

CREATE TABLE api_tokens (
    id UUID NOT NULL, 
    owner UUID NOT NULL, 
    label VARCHAR(50), 
    PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='d7e9e132f743' WHERE alembic_version.version_num = '78d146ca0e2e';

COMMIT;

