-- A sequence's cache changes (new side).
CREATE SEQUENCE s CACHE 50;
