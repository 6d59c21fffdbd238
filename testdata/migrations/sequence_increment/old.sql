-- A sequence's increment changes (old side).
CREATE SEQUENCE s;
