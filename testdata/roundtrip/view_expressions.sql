-- Expressions in view queries take the form PostgreSQL stores.
CREATE TABLE person (id integer, name varchar(40), born date, tags text[], data jsonb, score real);
CREATE VIEW person_expr AS SELECT
    id,
    name || ' (' || id || ')' AS label,
    CASE WHEN born < '2000-01-01' THEN 'old' ELSE 'young' END AS era,
    coalesce(score, 0) AS score,
    nullif(name, '') AS nonempty,
    born + 1 AS next_day,
    now() - born::timestamptz AS age,
    tags[1] AS first_tag,
    data ->> 'k' AS k,
    data @> '{"a": 1}' AS has_a,
    id::text AS id_text,
    CAST(score AS integer) AS rounded,
    upper(name) AS shout,
    greatest(id, 10) AS g,
    current_date AS today
  FROM person
  WHERE name LIKE 'A%' AND id BETWEEN 1 AND 100 AND id NOT IN (5, 6) AND name IS NOT NULL AND born IS DISTINCT FROM NULL;
CREATE VIEW person_literals AS SELECT 1 AS one, 'x' AS x, NULL AS nothing, true AS yes, 2.5 AS half, '2024-01-01'::date AS d, interval '1 day' AS i;
