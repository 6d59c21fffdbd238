-- A sequence moves to another schema (new side).
CREATE SCHEMA app;
CREATE SEQUENCE app.ticket_no START 100;
