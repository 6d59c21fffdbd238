-- Column types PostgreSQL has no direct cast between (new side).
CREATE TABLE t (
    id integer PRIMARY KEY,
    n jsonb NOT NULL,
    flag jsonb,
    tags jsonb[]
);
