-- A sequence's increment changes (new side).
CREATE SEQUENCE s INCREMENT BY 10;
