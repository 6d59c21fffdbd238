-- A collation equal to the type's default is not reported; any other one is, pg_catalog ones unqualified.
CREATE TABLE t (
    a text COLLATE "default",
    b text COLLATE "C",
    c character varying(10) COLLATE "POSIX",
    d text[] COLLATE "C",
    e text
);
