-- A sequence's type changes to smallint with its bounds (old side).
CREATE SEQUENCE s AS integer MAXVALUE 30000;
