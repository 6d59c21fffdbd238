-- A column default switches from one sequence to another (old side).
CREATE SEQUENCE s1;
CREATE SEQUENCE s2 START 1000;
CREATE TABLE t (id bigint DEFAULT nextval('s1'));
