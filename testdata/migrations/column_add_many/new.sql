-- Several columns of many types are added (new side).
CREATE TABLE t (
    id integer,
    a smallint, b bigint, c numeric(12,4), d real, e double precision,
    f varchar(40), g char(3), h bytea, i date, j time, k timestamp(3),
    l interval, m uuid, n jsonb, o inet, p int4range, q bit(8), r text[][], s money
);
