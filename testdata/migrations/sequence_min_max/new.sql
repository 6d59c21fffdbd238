-- A sequence's bounds change (new side).
CREATE SEQUENCE s MINVALUE 1 MAXVALUE 99999 ;
