package diff

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/schema"
)

func table(name string, cols ...*schema.Column) *schema.Table {
	return &schema.Table{Schema: "public", Name: name, Columns: cols}
}

func col(name, typ string) *schema.Column { return &schema.Column{Name: name, Type: typ} }

func db(tables ...*schema.Table) *schema.Database { return &schema.Database{Tables: tables} }

func descriptions(c Changes) []string {
	var out []string
	for _, ch := range c.List {
		out = append(out, ch.String())
	}
	return out
}

func TestCompare(t *testing.T) {
	parent := &schema.QName{Schema: "public", Name: "p"}
	tests := []struct {
		name     string
		from, to *schema.Database
		want     []string
	}{
		{"equal", db(table("a", col("x", "integer"))), db(table("a", col("x", "integer"))), nil},
		{
			"schemas and extensions",
			&schema.Database{Schemas: []*schema.Schema{{Name: "a"}, {Name: "b"}}, Extensions: []*schema.Extension{{Name: "hstore", Schema: "public", Version: "1.6"}}},
			&schema.Database{Schemas: []*schema.Schema{{Name: "b", Comment: "hi"}, {Name: "c"}}, Extensions: []*schema.Extension{{Name: "hstore", Schema: "public"}}},
			[]string{"drop schema a", "alter schema b: comment none -> 'hi'", "add schema c", "alter extension hstore: version '1.6' -> none"},
		},
		{
			"enum values",
			&schema.Database{Enums: []*schema.Enum{{Schema: "public", Name: "e", Values: []string{"a", "b"}}}},
			&schema.Database{Enums: []*schema.Enum{{Schema: "public", Name: "e", Values: []string{"a", "c", "b"}}}},
			[]string{"alter enum public.e: values (a, b) -> (a, c, b)"},
		},
		{
			"sequence options and owner",
			&schema.Database{Sequences: []*schema.Sequence{{Schema: "public", Name: "s", Type: "bigint", Start: 1, Increment: 1, Min: 1, Max: 9, Cache: 1}}},
			&schema.Database{Sequences: []*schema.Sequence{{Schema: "public", Name: "s", Type: "bigint", Start: 1, Increment: 2, Min: 1, Max: 9, Cache: 1,
				OwnedBy: &schema.ColumnRef{Table: schema.QName{Schema: "public", Name: "t"}, Column: "id"}}}},
			[]string{"alter sequence public.s: increment 1 -> 2; owned by none -> public.t.id"},
		},
		{
			"columns added, dropped and altered",
			db(table("a", col("x", "text"), col("y", "integer"))),
			db(table("a", &schema.Column{Name: "x", Type: "character varying(20)", NotNull: true}, col("z", "integer"))),
			[]string{"alter table public.a [alter column public.a.x: type text -> character varying(20); not null false -> true; drop column public.a.y; add column public.a.z (integer)]"},
		},
		{
			"constraint changed is drop and add, comment alone is altered",
			db(&schema.Table{Schema: "public", Name: "a", Constraints: []*schema.Constraint{
				{Name: "c1", Kind: schema.Check, Expr: "x > 0"}, {Name: "c2", Kind: schema.Check, Expr: "x > 1"}, {Name: "c3", Kind: schema.Check, Expr: "x > 2", NotValid: true}}}),
			db(&schema.Table{Schema: "public", Name: "a", Constraints: []*schema.Constraint{
				{Name: "c1", Kind: schema.Check, Expr: "x > 5"}, {Name: "c2", Kind: schema.Check, Expr: "x > 1", Comment: "two"}, {Name: "c3", Kind: schema.Check, Expr: "x > 2"}}}),
			[]string{"alter table public.a [drop check constraint c1 on public.a; add check constraint c1 on public.a; alter constraint c2 on public.a: comment none -> 'two'; alter constraint c3 on public.a: validate]"},
		},
		{
			"index changed",
			db(&schema.Table{Schema: "public", Name: "a", Indexes: []*schema.Index{{Name: "i", Method: "btree", Keys: []schema.IndexKey{{Column: "x"}}}}}),
			db(&schema.Table{Schema: "public", Name: "a", Indexes: []*schema.Index{{Name: "i", Method: "btree", Keys: []schema.IndexKey{{Column: "x", Desc: true}}}}}),
			[]string{"alter table public.a [drop index public.i on public.a; add index public.i on public.a]"},
		},
		{
			"table attributes",
			db(&schema.Table{Schema: "public", Name: "a", Options: []string{"fillfactor=70"}}),
			db(&schema.Table{Schema: "public", Name: "a", Unlogged: true, ReplicaIdentity: "full", Comment: "x"}),
			[]string{"alter table public.a: unlogged, options, replica identity, comment"},
		},
		{
			"partition key change recreates the table and its partitions",
			db(&schema.Table{Schema: "public", Name: "p", PartitionKey: &schema.PartitionKey{Strategy: "list", Keys: []schema.IndexKey{{Column: "a"}}}},
				&schema.Table{Schema: "public", Name: "p1", PartitionOf: parent, PartitionBound: &schema.PartitionBound{Default: true}}),
			db(&schema.Table{Schema: "public", Name: "p", PartitionKey: &schema.PartitionKey{Strategy: "list", Keys: []schema.IndexKey{{Column: "b"}}}},
				&schema.Table{Schema: "public", Name: "p1", PartitionOf: parent, PartitionBound: &schema.PartitionBound{Default: true}}),
			[]string{"drop table public.p", "add table public.p", "drop table public.p1", "add table public.p1"},
		},
		{
			"a parent's new column reaches its partition",
			db(table("p", col("a", "integer")),
				&schema.Table{Schema: "public", Name: "c", PartitionOf: parent, PartitionBound: &schema.PartitionBound{Default: true}}),
			db(table("p", col("a", "integer"), col("b", "text")),
				&schema.Table{Schema: "public", Name: "c", PartitionOf: parent, PartitionBound: &schema.PartitionBound{Default: true}}),
			[]string{"alter table public.p [add column public.p.b (text)]"},
		},
		{
			"a partition's own default differs from its parent's",
			db(table("p", col("a", "integer")),
				&schema.Table{Schema: "public", Name: "c", PartitionOf: parent, PartitionBound: &schema.PartitionBound{Default: true}}),
			db(table("p", col("a", "integer")),
				&schema.Table{Schema: "public", Name: "c", PartitionOf: parent, PartitionBound: &schema.PartitionBound{Default: true},
					Columns: []*schema.Column{{Name: "a", Type: "integer", Default: "1", Inherited: true}}}),
			[]string{"alter table public.c [alter column public.c.a: default none -> 1]"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := descriptions(Compare(tt.from, tt.to))
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("Compare (-want +got):\n%s", d)
			}
		})
	}
}

func TestAppendable(t *testing.T) {
	tests := []struct {
		from, to []string
		want     bool
	}{
		{[]string{"a", "b"}, []string{"a", "b", "c"}, true},
		{[]string{"a", "b"}, []string{"x", "a", "y", "b"}, true},
		{[]string{"a", "b"}, []string{"b", "a"}, false},
		{[]string{"a", "b"}, []string{"a"}, false},
	}
	for _, tt := range tests {
		c := AlterEnum{From: &schema.Enum{Values: tt.from}, To: &schema.Enum{Values: tt.to}}
		if got := c.Appendable(); got != tt.want {
			t.Errorf("Appendable(%v -> %v) = %v, want %v", tt.from, tt.to, got, tt.want)
		}
	}
}

func TestCompareIsDeterministic(t *testing.T) {
	build := func() (*schema.Database, *schema.Database) {
		return db(table("b", col("x", "integer")), table("a", col("y", "integer"))),
			db(table("c", col("x", "integer")), table("a", col("z", "integer")))
	}
	f1, t1 := build()
	f2, t2 := build()
	if d := cmp.Diff(descriptions(Compare(f1, t1)), descriptions(Compare(f2, t2))); d != "" {
		t.Errorf("two runs differ:\n%s", d)
	}
}
