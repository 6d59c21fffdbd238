-- Generated names that collide with relations and constraints of the same schema, in other tables too, get numbered labels.
CREATE TABLE t_pkey (x integer);
CREATE TABLE t_a_check (x integer);
CREATE TABLE t (a integer PRIMARY KEY CHECK (a > 0), b integer, CONSTRAINT t_b_key CHECK (b > 0));
ALTER TABLE t ADD UNIQUE (b);
CREATE TABLE other (x integer CONSTRAINT t_a_fkey CHECK (x > 0));
ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES t;
CREATE INDEX t_b_idx ON other (x);
CREATE INDEX ON t (b);
CREATE SEQUENCE t_b_idx2;
CREATE INDEX ON t (b);
CREATE TABLE s (id integer NOT NULL);
CREATE SEQUENCE s_id_seq;
ALTER TABLE s ADD COLUMN n serial;
ALTER TABLE s ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;
CREATE TABLE u (a integer CHECK (a > 0) CHECK (a < 10), b integer, CHECK (a < b), CHECK (a + b > 0), CHECK (true));
ALTER TABLE u ADD CHECK (a > 1), ADD CHECK (b > 1), ADD CHECK (a <> b);
