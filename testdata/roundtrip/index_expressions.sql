-- Expression indexes: functions, casts, operators, COALESCE, jsonb access, mixed with plain columns.
CREATE TABLE e (id integer, name text, data jsonb, created timestamptz, a integer, b integer);
CREATE INDEX e_lower ON e (lower(name));
CREATE INDEX e_data_kind ON e ((data ->> 'kind'));
CREATE INDEX e_data_path ON e ((data #>> '{a,b}'), id);
CREATE INDEX e_sum ON e ((a + b));
CREATE INDEX e_coalesce ON e (COALESCE(a, 0), (b * 2) DESC);
CREATE INDEX e_date ON e (((created AT TIME ZONE 'UTC')::date));
CREATE INDEX e_cast ON e ((id::text));
CREATE INDEX e_concat ON e ((name || ' ' || id::text));
CREATE INDEX e_upper_trim ON e (upper(btrim(name)) text_pattern_ops);
CREATE INDEX e_md5 ON e USING hash (md5(name));
CREATE INDEX e_tsv ON e USING gin (to_tsvector('simple', name));
