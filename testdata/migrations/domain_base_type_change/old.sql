CREATE DOMAIN amount AS integer CHECK (VALUE >= 0);
CREATE TABLE t (id integer PRIMARY KEY, a amount DEFAULT 0, b amount[]);
