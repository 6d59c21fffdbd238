-- Check constraints with expressions that PostgreSQL rewrites: IN lists, BETWEEN, LIKE, casts, IS DISTINCT FROM, ANY(ARRAY), regex, functions.
CREATE TYPE kind AS ENUM ('a', 'b', 'c');
CREATE TABLE x (
    s text CHECK (s IN ('one', 'two', 'three')),
    n integer CHECK (n BETWEEN 1 AND 10),
    l text CHECK (l LIKE 'abc%'),
    i text CHECK (i ILIKE '%x%' AND i NOT LIKE '%y'),
    d date CHECK (d > '2000-01-01'),
    t timestamptz CHECK (t < '2100-01-01 00:00:00+00'::timestamptz),
    k kind CHECK (k <> 'c'),
    m integer CHECK (m IS DISTINCT FROM 3),
    a integer CHECK (a = ANY (ARRAY[1, 2, 3])),
    r text CHECK (r ~* '^[a-z]' AND r !~ 'q'),
    j jsonb CHECK (jsonb_typeof(j) = 'object'),
    v varchar(10) CHECK (char_length(v) >= 2),
    b boolean CHECK (b IS NOT TRUE OR n > 5),
    c numeric CHECK (c::integer % 2 = 0),
    arr text[] CHECK (array_length(arr, 1) < 5 AND cardinality(arr) > 0)
);
