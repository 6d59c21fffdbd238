-- A sequence starts or stops cycling (new side).
CREATE SEQUENCE s MAXVALUE 100 CYCLE;
