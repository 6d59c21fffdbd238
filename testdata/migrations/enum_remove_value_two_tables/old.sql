-- A value is removed from an enum used by columns of two tables (old side).
CREATE TYPE unit AS ENUM ('g', 'kg', 't');
CREATE TABLE a (u unit);
CREATE TABLE b (u unit DEFAULT 'kg', us unit[]);
