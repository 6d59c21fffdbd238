package ddl

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// atomicTables are the tables the bodies of TestAtomicBodyModify use.
const atomicTables = `CREATE TABLE items (id integer PRIMARY KEY, name text, price numeric(10,2), owner_id integer, qty integer DEFAULT 0);
CREATE TABLE owners (id integer PRIMARY KEY, label varchar(20));
`

// TestAtomicBodyModify checks, offline, that INSERT, UPDATE and DELETE
// statements of a BEGIN ATOMIC body written the way a person writes them
// canonicalise to the same text as what pg_get_function_sqlbody printed
// for them (PostgreSQL 15, empty search_path).
func TestAtomicBodyModify(t *testing.T) {
	for _, c := range []struct{ name, written, printed string }{
		{
			"insert values returning",
			`insert into items (id, name, price) values ((select coalesce(max(id), 0) + 1 from items), n, 2) returning id;`,
			`INSERT INTO public.items (id, name, price)
   VALUES (( SELECT (COALESCE(max(items_1.id), 0) + 1)
            FROM public.items items_1), f.n, 2)
   RETURNING items.id;`,
		},
		{
			"insert without columns, multi-row",
			`insert into items values (1, n, 2.5, null); insert into owners values (1, n), (2, 'b');`,
			`INSERT INTO public.items (id, name, price, owner_id)
   VALUES (1, f.n, 2.5, NULL::integer);
 INSERT INTO public.owners (id, label) VALUES (1,f.n), (2,'b'::character varying);`,
		},
		{
			"on conflict",
			`insert into items (id, name) values (5, n) on conflict (id) where price > 0 do update set name = excluded.name, qty = items.qty + 1 where items.price > 0;`,
			`INSERT INTO public.items (id, name)
   VALUES (5, f.n) ON CONFLICT(id)
   WHERE (price > (0)::numeric) DO UPDATE SET name = excluded.name, qty = (items.qty + 1)
   WHERE (items.price > (0)::numeric);`,
		},
		{
			"insert select",
			`insert into items (id, name) select id + 100 as newid, name from items where price > 1;`,
			`INSERT INTO public.items (id, name)  SELECT (items_1.id + 100) AS newid,
             items_1.name
            FROM public.items items_1
           WHERE (items_1.price > (1)::numeric);`,
		},
		{
			"update from, multiple assignment",
			`update items set price = price + k, qty = 0 from owners o where o.id = owner_id and o.label = n;
			 update items i set (name, qty) = ('a', 1) where i.id = 3;`,
			`UPDATE public.items SET price = (items.price + (f.k)::numeric), qty = 0
    FROM public.owners o
   WHERE ((o.id = items.owner_id) AND ((o.label)::text = f.n));
 UPDATE public.items i SET name = 'a'::text, qty = 1
   WHERE (i.id = 3);`,
		},
		{
			"delete using returning, data-modifying WITH",
			`delete from items using owners where owners.id = items.owner_id returning items.*;
			 with old as (delete from items where qty = 0 returning id) update items set qty = 1 where id in (select id from old);`,
			`DELETE FROM public.items
    USING public.owners
   WHERE (owners.id = items.owner_id)
   RETURNING items.id,
     items.name,
     items.price,
     items.owner_id,
     items.qty;
 WITH old AS (
          DELETE FROM public.items AS items_1
           WHERE (items_1.qty = 0)
           RETURNING items_1.id
         )
  UPDATE public.items SET qty = 1
   WHERE (items.id IN ( SELECT old.id
            FROM old));`,
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkAtomicBodies(t, atomicTables, c.written, c.printed)
		})
	}
}

// checkAtomicBodies parses a function f(n text, k integer) with the BEGIN
// ATOMIC body written, and again with the body printed (as
// pg_get_function_sqlbody prints it), after the SQL tables, and fails t
// when the two canonical bodies differ.
func checkAtomicBodies(t *testing.T, tables, written, printed string) {
	t.Helper()
	body := func(stmts string) string {
		t.Helper()
		sql := tables + "CREATE FUNCTION f(n text, k integer) RETURNS void LANGUAGE sql\nBEGIN ATOMIC\n" + stmts + "\nEND;\n"
		r, err := ParseSQL(Options{}, "body.sql", sql)
		if err != nil {
			t.Fatalf("ParseSQL: %v", err)
		}
		if len(r.DB.Functions) != 1 {
			t.Fatalf("parsed %d functions, want 1", len(r.DB.Functions))
		}
		return r.DB.Functions[0].SQLBody
	}
	if d := cmp.Diff(body(printed), body(written)); d != "" {
		t.Errorf("bodies differ (-printed +written):\n%s", d)
	}
}
