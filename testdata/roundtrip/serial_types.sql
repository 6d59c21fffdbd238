-- serial, bigserial, smallserial, serial4/serial8/serial2: each becomes a typed column, an owned sequence and a nextval default.
CREATE TABLE s (
    a serial,
    b bigserial,
    c smallserial,
    d serial4,
    e serial8,
    f serial2,
    g serial PRIMARY KEY
);
CREATE SCHEMA other;
CREATE TABLE other."Serial Table" ("Id" serial NOT NULL);
