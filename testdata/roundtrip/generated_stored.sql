-- Generated STORED columns: arithmetic, string concatenation, casts, functions, referencing several columns, with NOT NULL.
CREATE TABLE g (
    w numeric(10,2),
    h numeric(10,2),
    area numeric GENERATED ALWAYS AS (w * h) STORED,
    first text,
    last text,
    full_name text GENERATED ALWAYS AS (first || ' ' || last) STORED,
    lower_name text GENERATED ALWAYS AS (lower(first)) STORED NOT NULL,
    doc tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(first, '') || ' ' || coalesce(last, ''))) STORED,
    cents bigint GENERATED ALWAYS AS ((w * 100)::bigint) STORED,
    is_big boolean GENERATED ALWAYS AS (w > 100 AND h > 100) STORED,
    "Quoted" integer,
    twice integer GENERATED ALWAYS AS ("Quoted" * 2) STORED
);
