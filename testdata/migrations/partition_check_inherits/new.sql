-- Standalone tables become inheritance children of a table with a CHECK
-- that they declare too, and back (new side: children; the declared copy
-- is merged with the inherited check and stays their own).
CREATE TABLE q (a integer, CHECK (a > 0));
CREATE TABLE d1 (a integer, CONSTRAINT q_a_check CHECK (a > 0)) INHERITS (q);
CREATE TABLE d2 (a integer, CONSTRAINT q_a_check CHECK (a > 0)) INHERITS (q);
CREATE TABLE d3 (a integer, CONSTRAINT q_a_check CHECK (a > 0)) INHERITS (q);
