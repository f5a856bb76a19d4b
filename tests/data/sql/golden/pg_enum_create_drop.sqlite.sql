CREATE TABLE t (
    m VARCHAR(5)
);

