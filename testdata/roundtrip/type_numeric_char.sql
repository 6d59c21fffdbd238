-- Numeric and character types with typmods: numeric(p,s), numeric(p), decimal, varchar(n), char(n), bpchar, "char", name.
CREATE TABLE nums (
    n1 numeric,
    n2 numeric(10,2),
    n3 numeric(5),
    n4 decimal(12,4),
    n5 dec,
    v1 varchar,
    v2 varchar(255),
    v3 character varying(1),
    v4 char varying(30),
    c1 char,
    c2 char(10),
    c3 character(3),
    c4 bpchar,
    c5 national character(2),
    c6 nchar varying(4),
    q1 "char",
    q2 name,
    t1 text
);
