-- A schema is created together with an enum, a sequence and a table in it (new side).
CREATE TABLE keep (id integer);
CREATE SCHEMA billing;
CREATE TYPE billing.state AS ENUM ('open', 'paid');
CREATE SEQUENCE billing.invoice_no;
CREATE TABLE billing.invoice (
    id bigint PRIMARY KEY DEFAULT nextval('billing.invoice_no'),
    state billing.state NOT NULL DEFAULT 'open'
);
