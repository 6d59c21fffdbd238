-- Every option of a sequence changes at once (old side).
CREATE SEQUENCE s AS bigint INCREMENT 1 MINVALUE 1 MAXVALUE 9223372036854775807 START 1 CACHE 1 NO CYCLE;
