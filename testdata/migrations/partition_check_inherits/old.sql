-- Standalone tables become inheritance children of a table with a CHECK
-- that they declare too, and back (old side: standalone; d1 has a copy of
-- the check, d2 none, d3 one with another expression).
CREATE TABLE q (a integer, CHECK (a > 0));
CREATE TABLE d1 (a integer, CONSTRAINT q_a_check CHECK (a > 0));
CREATE TABLE d2 (a integer);
CREATE TABLE d3 (a integer, CONSTRAINT q_a_check CHECK (a > 5));
