-- A sequence's bounds change (old side).
CREATE SEQUENCE s MINVALUE 1 MAXVALUE 1000;
