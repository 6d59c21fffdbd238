-- Sequences with defaults only, IF NOT EXISTS, in another schema, and a TEMP-free plain sequence.
CREATE SEQUENCE s1;
CREATE SEQUENCE IF NOT EXISTS s1;
CREATE SEQUENCE IF NOT EXISTS s2;
CREATE SCHEMA other;
CREATE SEQUENCE other.s1;
