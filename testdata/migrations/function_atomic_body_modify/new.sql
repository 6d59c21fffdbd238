-- requires: SELECT current_setting('server_version_num')::int >= 140000
-- The bodies change, one uses a new column, a function with UPDATE ...
-- FROM ... RETURNING appears.
CREATE TABLE items (id integer PRIMARY KEY, name text, price numeric(10,2), qty integer DEFAULT 0);
CREATE TABLE log (id serial PRIMARY KEY, item_id integer, note text);

CREATE FUNCTION add_item(n text, p numeric) RETURNS integer
    LANGUAGE sql
BEGIN ATOMIC
    insert into items (id, name, price, qty)
    values ((select coalesce(max(id), 0) + 1 from items), n, p, 1)
    on conflict (id) do update set qty = items.qty + 1
    returning id;
END;

CREATE PROCEDURE prune(below numeric)
    LANGUAGE sql
BEGIN ATOMIC
    with gone as (delete from items where price < below or qty = 0 returning id)
    insert into log (item_id, note) select id, 'pruned' from gone;
    update log set note = note || '!' where item_id is null;
END;

CREATE FUNCTION restock(amount integer) RETURNS SETOF items
    LANGUAGE sql
BEGIN ATOMIC
    update items set qty = qty + amount from log l
    where l.item_id = items.id and l.note = 'restock'
    returning items.*;
END;

-- ON CONFLICT ON CONSTRAINT is resolved when the function is created:
-- the new table's constraint comes before the function (and is dropped
-- after it).
CREATE TABLE tags (id serial PRIMARY KEY, label text, CONSTRAINT tags_label_key UNIQUE (label));

CREATE FUNCTION tag(l text) RETURNS integer
    LANGUAGE sql
BEGIN ATOMIC
    insert into tags (label) values (l)
    on conflict on constraint tags_label_key do update set label = excluded.label
    returning id;
END;
