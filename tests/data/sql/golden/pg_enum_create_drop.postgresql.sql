CREATE TYPE mood AS ENUM ('happy', 'sad');

CREATE TYPE mood AS ENUM ('happy', 'sad');

CREATE TABLE t (
    m mood
);

DROP TYPE mood;

