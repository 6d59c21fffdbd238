-- A sequence's type changes to smallint with its bounds (new side).
CREATE SEQUENCE s AS smallint;
