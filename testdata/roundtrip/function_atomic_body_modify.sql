-- BEGIN ATOMIC bodies with INSERT, UPDATE and DELETE statements, written
-- the way a person writes them (unqualified, lowercase, no casts): they
-- are canonicalised like view queries, so that they compare equal to what
-- pg_get_function_sqlbody prints (target columns listed, columns
-- qualified, arguments as function.argument, values cast to their
-- columns' types, RETURNING * expanded).
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE TABLE items (id integer PRIMARY KEY, name text, price numeric(10,2), owner_id integer, qty integer DEFAULT 0);
CREATE TABLE owners (id integer PRIMARY KEY, label varchar(20));
CREATE TABLE log (id serial PRIMARY KEY, item_id integer, note text, at timestamptz DEFAULT now());

CREATE FUNCTION add_item(n text, p numeric) RETURNS integer
    LANGUAGE sql
BEGIN ATOMIC
    insert into items (id, name, price)
    values ((select coalesce(max(id), 0) + 1 from items), n, p)
    returning id;
END;

CREATE FUNCTION add_items(n text) RETURNS void
    LANGUAGE sql
BEGIN ATOMIC
    insert into items values (1, n, 2.5, null);
    insert into items (name, id) values ('a', 1), (n, 2);
    insert into items (id, name) select id + 100, name as new_name from items where price > 1;
    insert into items (id, name) values (5, 'x') on conflict do nothing;
    insert into items (id, name) values (5, n)
        on conflict (id) do update set name = excluded.name, qty = items.qty + 1 where items.price > 0;
    insert into items as i (id, name) values (6, 'y')
        on conflict on constraint items_pkey do update set name = excluded.name || i.name;
    insert into items default values;
    insert into items (id, price, qty) values (8, default, 2::bigint);
    insert into log (item_id) select id from items i where not exists (select 1 from log where log.item_id = i.id);
    insert into items (id, name) values (9, 'z') on conflict (id) where price > 0 do nothing;
    insert into items (id, price) values (9, '1.5');
    insert into owners values (1, n), (2, 'b');
    select count(*) from items;
END;

CREATE FUNCTION new_items(p numeric) RETURNS SETOF items
    LANGUAGE sql
BEGIN ATOMIC
    insert into items (id, price) values (7, p), (8, 3) returning *;
END;

CREATE FUNCTION priced(p numeric) RETURNS TABLE (doubled numeric, qty integer)
    LANGUAGE sql
BEGIN ATOMIC
    insert into items (id, price, qty) values (10, p, 2) returning price * 2 as doubled, qty;
END;

CREATE PROCEDURE reprice(who varchar, delta integer)
    LANGUAGE sql
BEGIN ATOMIC
    update items set price = price + delta, qty = 0 from owners o where o.id = owner_id and o.label = who;
    update items i set (name, qty) = ('a', 1) where i.id = 3;
    update items set name = default where id = 1 returning id, name;
    delete from items using owners where owners.id = items.owner_id and owners.label = who returning items.*;
    delete from items where price is null;
    with old as (delete from items where qty = 0 returning id)
        insert into log (item_id, note) select id, 'gone' from old;
    with x as (select id from items) update items set qty = 1 where id in (select id from x);
    with old as (delete from items where qty = 0 returning id) update items set qty = 1 where id in (select id from old);
    update items set (name, qty) = (select label, delta from owners where owners.id = items.owner_id) where id = delta;
END;

CREATE FUNCTION removed(who varchar) RETURNS bigint
    LANGUAGE sql
BEGIN ATOMIC
    with d as (delete from items where owner_id in (select id from owners where label = who) returning *)
    select count(*) from d;
END;
