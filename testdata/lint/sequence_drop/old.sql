CREATE SEQUENCE ticket_seq;
CREATE TABLE t (id integer);
