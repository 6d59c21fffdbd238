-- Inheritance children whose CHECK is only inherited stop inheriting
-- (NO INHERIT leaves them the check as their own), and back (new side:
-- standalone; d1 keeps the check, d2 has none, d3 one with another
-- expression).
CREATE TABLE q (a integer, CHECK (a > 0));
CREATE TABLE d1 (a integer, CONSTRAINT q_a_check CHECK (a > 0));
CREATE TABLE d2 (a integer);
CREATE TABLE d3 (a integer, CONSTRAINT q_a_check CHECK (a > 5));
