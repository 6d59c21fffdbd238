-- requires: SELECT current_setting('server_version_num')::int >= 140000
-- Multirange type names: derived and given.
CREATE SCHEMA other;
CREATE TYPE intspan AS RANGE (subtype = integer, multirange_type_name = intspans);
CREATE TYPE timerange AS RANGE (subtype = time);
CREATE TYPE moved AS RANGE (subtype = bigint, multirange_type_name = other.moved_multi);
CREATE TABLE t (a intspans, b timemultirange, c other.moved_multi);
