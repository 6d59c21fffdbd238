-- Generated names that collide and get numeric suffixes: t_a_key1, t_a_check1, t_a_fkey1, t_pkey vs an existing relation, t_a_idx1.
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE t (
    a integer UNIQUE UNIQUE,
    b integer CHECK (b > 0) CHECK (b < 10) CHECK (b <> 5),
    c integer REFERENCES p REFERENCES p,
    UNIQUE (a),
    CHECK (a > b),
    CHECK (a < b + 100)
);
CREATE INDEX t_a_key2x ON t (b);
ALTER TABLE t ADD UNIQUE (a);
ALTER TABLE t ADD CHECK (b > 1);
ALTER TABLE t ADD FOREIGN KEY (c) REFERENCES p;
CREATE TABLE u_pkey (x integer);
CREATE TABLE u (id integer PRIMARY KEY);
CREATE SEQUENCE v_a_key;
CREATE TABLE v (a integer UNIQUE);
CREATE TABLE w (a integer CONSTRAINT w_a_key CHECK (a > 0), UNIQUE (a));
