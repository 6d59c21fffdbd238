-- User operators used by a CHECK constraint, an index predicate, a column
-- default and a view: `inspect --format sql` must create the operators
-- before the constraints, indexes and views that use them.
CREATE FUNCTION close_to(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT abs(a - b) < 3';
CREATE OPERATOR ~~~ (LEFTARG = integer, RIGHTARG = integer, FUNCTION = close_to, COMMUTATOR = ~~~);
CREATE FUNCTION plus_ten(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS 'SELECT a + b + 10';
CREATE OPERATOR #+# (LEFTARG = integer, RIGHTARG = integer, FUNCTION = plus_ten);
CREATE TABLE t (
    a integer NOT NULL,
    b integer CONSTRAINT t_b_check CHECK (b ~~~ a),
    c integer DEFAULT (1 #+# 2)
);
CREATE INDEX t_near ON t (a) WHERE a ~~~ 5;
CREATE VIEW v AS SELECT a #+# b AS s FROM t;
