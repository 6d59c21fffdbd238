-- Column collations "C" and "POSIX" (quoted and pg_catalog-qualified), on text, varchar, char and arrays.
CREATE TABLE coll (
    a text COLLATE "C",
    b varchar(20) COLLATE "POSIX",
    c character(5) COLLATE pg_catalog."C",
    d text[] COLLATE "C",
    e text COLLATE "default",
    f text COLLATE ucs_basic,
    g text
);
