-- A value is removed from an enum used by columns of two tables (new side).
CREATE TYPE unit AS ENUM ('g', 'kg');
CREATE TABLE a (u unit);
CREATE TABLE b (u unit DEFAULT 'kg', us unit[]);
