-- Generated names longer than 63 bytes: makeObjectName shortens the longer of the two parts first, never splitting a multibyte character.
CREATE TABLE a_table_name_that_is_quite_long_and_goes_on_and_on_for_a_while (
    id serial PRIMARY KEY,
    a_column_name_that_is_also_quite_long_and_goes_on_for_a_while integer UNIQUE CHECK (a_column_name_that_is_also_quite_long_and_goes_on_for_a_while > 0),
    ref integer REFERENCES a_table_name_that_is_quite_long_and_goes_on_and_on_for_a_while
);
CREATE INDEX ON a_table_name_that_is_quite_long_and_goes_on_and_on_for_a_while (a_column_name_that_is_also_quite_long_and_goes_on_for_a_while, ref);
CREATE TABLE "ÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ" (
    "éééééééééééééééééééééééééééééé" integer PRIMARY KEY,
    "ääääääääääääääääääääääää" bigserial UNIQUE
);
CREATE INDEX ON "ÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ" ("éééééééééééééééééééééééééééééé", "ääääääääääääääääääääääää");
CREATE TABLE t (a1 integer, a2 integer, a3 integer, a4 integer, a5 integer, a6 integer, a7 integer, a8 integer, a9 integer, a10 integer, a11 integer, a12 integer, a13 integer, a14 integer, a15 integer, a16 integer, a17 integer, a18 integer, a19 integer, a20 integer);
CREATE INDEX ON t (a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20);
ALTER TABLE t ADD UNIQUE (a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20);
ALTER TABLE t ADD UNIQUE (a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19);
