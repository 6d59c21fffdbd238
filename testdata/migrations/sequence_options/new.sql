-- Every option of a sequence changes at once (new side).
CREATE SEQUENCE s AS integer INCREMENT 5 MINVALUE 10 MAXVALUE 1000000 START 20 CACHE 10 CYCLE;
