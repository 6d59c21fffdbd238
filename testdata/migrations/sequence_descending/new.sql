-- A sequence becomes descending (new side).
CREATE SEQUENCE s INCREMENT BY -1;
