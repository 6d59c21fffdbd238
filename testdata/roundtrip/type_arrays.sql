-- Array columns: one- and multi-dimensional, declared sizes (ignored by PostgreSQL), ARRAY keyword, arrays of typmod types.
CREATE TABLE arrs (
    a integer[],
    b text[][],
    c integer[3],
    d integer[3][4],
    e integer ARRAY,
    f integer ARRAY[5],
    g character varying(10)[],
    h numeric(8,2)[][],
    i timestamp with time zone[],
    j _int4,
    k bigint[] DEFAULT '{}'::bigint[] NOT NULL,
    l text[] DEFAULT ARRAY['a', 'b'],
    m integer[] DEFAULT '{1,2,3}',
    n boolean[][] DEFAULT '{{t,f},{f,t}}'
);
