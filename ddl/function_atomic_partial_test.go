package ddl

import (
	"strings"
	"testing"
)

// partialTables are the types and tables of TestAtomicBodyPartialAssign:
// columns of array, composite, array of composite, domain over array and
// table row types.
const partialTables = `CREATE TYPE pt AS (x integer, "Y" text, n numeric(6,2), arr integer[]);
CREATE DOMAIN int_list AS integer[];
CREATE DOMAIN pt_dom AS pt;
CREATE TABLE point_row (px bigint, label varchar(10));
CREATE TABLE t (id integer PRIMARY KEY, a integer[], c pt, cs pt[], v varchar(5)[], d int_list, r point_row, big bigint[], dc pt_dom);
`

// TestAtomicBodyPartialAssign checks, offline, that assignments to part
// of a column in INSERT and UPDATE statements of a BEGIN ATOMIC body,
// written the way a person writes them, canonicalise to the same text as
// what pg_get_function_sqlbody printed for them (PostgreSQL 15, empty
// search_path).
func TestAtomicBodyPartialAssign(t *testing.T) {
	for _, c := range []struct{ name, written, printed string }{
		{
			"array elements and slices",
			`update t set a['1'] = '5', a[id] = id, a[:2] = '{1,2}', a[id + 1:] = null where id = k;`,
			`UPDATE public.t SET a[1] = 5, a[t.id] = t.id, a[:2] = '{1,2}'::integer[], a[(t.id + 1):] = NULL::integer[]
   WHERE (t.id = f.k);`,
		},
		{
			"fields, a field's element, an element's field",
			`update t set c.x = '3', c."Y" = 'q', c.n = 1.5, c.arr[2] = '7', cs[1].x = '4' where t.id = k;`,
			`UPDATE public.t SET c.x = 3, c."Y" = 'q'::text, c.n = 1.5, c.arr[2] = 7, cs[1].x = 4
   WHERE (t.id = f.k);`,
		},
		{
			"typmod element, domain over array, row type of a table",
			`update t as x set v[1] = 'abc', d[1] = '8', r.label = 'row', r.px = 1, big[1] = '9' where x.id = k;`,
			`UPDATE public.t AS x SET v[1] = 'abc'::character varying, d[1] = 8, r.label = 'row'::character varying, r.px = 1, big[1] = '9'::bigint
   WHERE (x.id = f.k);`,
		},
		{
			"domain over a composite type",
			`update t set dc."Y" = 'dom', dc.arr[1] = '1';`,
			`UPDATE public.t SET dc."Y" = 'dom'::text, dc.arr[1] = 1;`,
		},
		{
			"multiple assignment",
			`update t set (a[1], c."Y") = ('1', 'w');`,
			`UPDATE public.t SET a[1] = 1, c."Y" = 'w'::text;`,
		},
		{
			"multiple assignment from a subquery",
			`update t set (a['2'], c.x) = (select 1, 2), id = k where false;`,
			`UPDATE public.t SET (a[2], c.x) = ( SELECT 1,
             2), id = f.k
   WHERE false;`,
		},
		{
			"insert",
			`insert into t (id, a[1], c.x, c."Y") values (k, '2', '3', 'z');
			 insert into t (id, a[1], a[2], v[1], cs[1].arr[1]) values (k + 1, '1', 2, 'abc', '6'), (k + 2, 3, '4', 'de', 7);`,
			`INSERT INTO public.t (id, a[1], c.x, c."Y")
   VALUES (f.k, 2, 3, 'z'::text);
 INSERT INTO public.t (id, a[1], a[2], v[1], cs[1].arr[1]) VALUES ((f.k + 1),1,2,'abc'::character varying,6), ((f.k + 2),3,4,'de'::character varying,7);`,
		},
		{
			"on conflict",
			`insert into t (id, a[2:3]) values (k + 3, '{1,2}') on conflict (id) do update set a[1] = '11', c.x = '12';`,
			`INSERT INTO public.t (id, a[2:3])
   VALUES ((f.k + 3), '{1,2}'::integer[]) ON CONFLICT(id) DO UPDATE SET a[1] = 11, c.x = 12;`,
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkAtomicBodies(t, partialTables, c.written, c.printed)
		})
	}
}

// TestAtomicBodyPartialUnknown checks that an assignment to part of a
// column whose part the parser cannot type (a subscript of jsonb, which is
// not an array) is read, its value kept as written.
func TestAtomicBodyPartialUnknown(t *testing.T) {
	sql := "CREATE TABLE j (id integer, doc jsonb);\n" +
		"CREATE FUNCTION f() RETURNS void LANGUAGE sql\nBEGIN ATOMIC\nupdate j set doc['a'] = '1' where id = 1;\nEND;\n"
	r, err := ParseSQL(Options{}, "body.sql", sql)
	if err != nil {
		t.Fatalf("ParseSQL: %v", err)
	}
	want := "BEGIN ATOMIC\n UPDATE public.j SET doc['a'] = '1'\n   WHERE (j.id = 1);\nEND"
	if got := r.DB.Functions[0].SQLBody; !strings.Contains(got, "SET doc['a'] = '1'") {
		t.Errorf("body = %q, want the assignment as written, like %q", got, want)
	}
}
