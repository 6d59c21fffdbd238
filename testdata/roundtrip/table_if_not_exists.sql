-- CREATE TABLE IF NOT EXISTS: the second, different definition of an existing table is ignored.
CREATE TABLE IF NOT EXISTS t (id integer, a text);
CREATE TABLE IF NOT EXISTS t (other bigint);
CREATE TABLE IF NOT EXISTS u (x integer);
