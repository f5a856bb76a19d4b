CREATE TABLE child (
    id SERIAL NOT NULL, 
    parent_id INTEGER NOT NULL, 
    x BOOLEAN, 
    e VARCHAR(1), 
    n INTEGER CHECK (n > 0), 
    CONSTRAINT pk_child PRIMARY KEY (id), 
    CONSTRAINT fk_child_parent FOREIGN KEY(parent_id) REFERENCES parent (id) ON DELETE SET NULL ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED, 
    UNIQUE (parent_id, n), 
    CHECK (1=1), 
    UNIQUE (x), 
    FOREIGN KEY(x) REFERENCES o (id), 
    CONSTRAINT en CHECK (e IN ('a', 'b'))
);

CREATE UNIQUE INDEX ix_child_n ON child (n);

