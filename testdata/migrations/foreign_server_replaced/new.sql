-- A server moves to another wrapper: it and its foreign tables are created again (new side)
CREATE FOREIGN DATA WRAPPER w1;
CREATE FOREIGN DATA WRAPPER w2;
CREATE SERVER s FOREIGN DATA WRAPPER w2;
CREATE FOREIGN TABLE t (a integer) SERVER s;
CREATE USER MAPPING FOR PUBLIC SERVER s OPTIONS (user 'x');
