-- A sequence moves to another schema (old side).
CREATE SCHEMA app;
CREATE SEQUENCE ticket_no START 100;
