CREATE SCHEMA other;
CREATE TYPE intspan AS RANGE (subtype = integer, multirange_type_name = other.intspans);
CREATE TABLE t (id integer, s intspan, m other.intspans);
