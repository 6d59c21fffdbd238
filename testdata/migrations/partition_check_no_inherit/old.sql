-- Inheritance children whose CHECK is only inherited stop inheriting
-- (NO INHERIT leaves them the check as their own), and back (old side:
-- children).
CREATE TABLE q (a integer, CHECK (a > 0));
CREATE TABLE d1 (a integer) INHERITS (q);
CREATE TABLE d2 (a integer) INHERITS (q);
CREATE TABLE d3 (a integer) INHERITS (q);
