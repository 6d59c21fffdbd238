-- Multiple inheritance with merged columns: the same column from two parents, and one also declared locally.
CREATE SCHEMA other;
CREATE TABLE a (id integer NOT NULL, name text, a_only integer);
CREATE TABLE other.b (id integer, name text, b_only date);
CREATE TABLE c (
    name text NOT NULL,
    c_only boolean DEFAULT true
) INHERITS (a, other.b);
CREATE TABLE d () INHERITS (other.b, a);
