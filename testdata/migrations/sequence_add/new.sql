-- A sequence is created or dropped (new side).
CREATE SEQUENCE counter;
