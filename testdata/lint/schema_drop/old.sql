CREATE TABLE keep (id integer);
CREATE SCHEMA legacy;
CREATE TABLE legacy.t (id integer);
