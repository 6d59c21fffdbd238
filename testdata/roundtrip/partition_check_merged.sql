-- A partition or inheritance child that has its own copy of a parent's
-- CHECK (same name, same expression): PostgreSQL merges the two. On a
-- partition the copy then belongs to the parent only (conislocal false),
-- whether attached or created with PARTITION OF; on an inheritance child
-- it stays the child's own too (conislocal true, coninhcount 1).
CREATE TABLE p (a integer, CHECK (a > 0)) PARTITION BY LIST (a);
CREATE TABLE c (a integer, CONSTRAINT p_a_check CHECK (a > 0));
ALTER TABLE p ATTACH PARTITION c FOR VALUES IN (1);
CREATE TABLE c2 PARTITION OF p (CONSTRAINT p_a_check CHECK (a > 0)) FOR VALUES IN (2);
CREATE TABLE c3 PARTITION OF p FOR VALUES IN (3);
CREATE TABLE c4 (a integer, CONSTRAINT p_a_check CHECK (a > 0) NOT VALID);
ALTER TABLE p ATTACH PARTITION c4 FOR VALUES IN (4);
CREATE TABLE q (a integer, CHECK (a > 0));
CREATE TABLE d2 (a integer, CONSTRAINT q_a_check CHECK (a > 0)) INHERITS (q);
CREATE TABLE d3 () INHERITS (q);
ALTER TABLE d3 ADD CONSTRAINT q_a_check CHECK (a > 0);
