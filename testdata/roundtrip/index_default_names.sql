-- Indexes without a name: t_a_idx, t_a_b_idx, t_expr_idx, t_lower_idx, collisions with numeric suffixes, and unique ones.
CREATE TABLE t (a integer, b integer, c text);
CREATE INDEX ON t (a);
CREATE INDEX ON t (a);
CREATE INDEX ON t (a, b);
CREATE INDEX ON t ((a + b));
CREATE INDEX ON t ((a * b));
CREATE INDEX ON t (lower(c));
CREATE INDEX ON t (lower(c), upper(c));
CREATE INDEX ON t (a) INCLUDE (b);
CREATE UNIQUE INDEX ON t (b);
CREATE INDEX ON t USING gin (to_tsvector('simple', c));
CREATE INDEX ON t (c) WHERE a > 0;
CREATE TABLE t_a_idx2 (x integer);
CREATE INDEX ON t (a);
