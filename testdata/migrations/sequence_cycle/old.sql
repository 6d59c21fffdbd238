-- A sequence starts or stops cycling (old side).
CREATE SEQUENCE s MAXVALUE 100;
