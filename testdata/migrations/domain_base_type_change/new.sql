CREATE DOMAIN amount AS bigint CHECK (VALUE >= 0);
CREATE TABLE t (id integer PRIMARY KEY, a amount DEFAULT 0, b amount[]);
