-- A new sequence is used by a column default (new side).
CREATE SEQUENCE invoice_no_seq;
CREATE TABLE invoice (no bigint DEFAULT nextval('invoice_no_seq'));
