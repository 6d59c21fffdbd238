package inspect

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/schema"
)

func TestReadEnums(t *testing.T) {
	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, `
		CREATE SCHEMA s;
		CREATE TYPE s.mood AS ENUM ('sad', 'happy');
		ALTER TYPE s.mood ADD VALUE 'ok' BEFORE 'happy';
		ALTER TYPE s.mood ADD VALUE 'ecstatic';
		COMMENT ON TYPE s.mood IS 'how one feels';
		CREATE TYPE public."Empty" AS ENUM ();
		CREATE TYPE public.pair AS (a int, b int);
	`)
	cat := rawCatalog(t, db, Options{})
	want := []*schema.Enum{
		{Schema: "public", Name: "Empty", Values: []string{}},
		{Schema: "s", Name: "mood", Values: []string{"sad", "ok", "happy", "ecstatic"}, Comment: "how one feels"},
	}
	if diff := cmp.Diff(want, cat.db.Enums); diff != "" {
		t.Errorf("enums (-want +got):\n%s", diff)
	}
}

func TestReadSequences(t *testing.T) {
	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, `
		CREATE SEQUENCE s1 AS smallint INCREMENT BY -2 MINVALUE -100 MAXVALUE 10 START 5 CACHE 3 CYCLE;
		COMMENT ON SEQUENCE s1 IS 'counts down';
		CREATE TABLE t (id serial, n bigint GENERATED ALWAYS AS IDENTITY);
		CREATE SEQUENCE owned;
		ALTER SEQUENCE owned OWNED BY t.n;
	`)
	cat := rawCatalog(t, db, Options{})
	tq := schema.QName{Schema: "public", Name: "t"}
	want := []*schema.Sequence{
		{Schema: "public", Name: "owned", Type: "bigint", Start: 1, Increment: 1, Min: 1, Max: 9223372036854775807, Cache: 1,
			OwnedBy: &schema.ColumnRef{Table: tq, Column: "n"}},
		{Schema: "public", Name: "s1", Type: "smallint", Start: 5, Increment: -2, Min: -100, Max: 10, Cache: 3, Cycle: true,
			Comment: "counts down"},
		{Schema: "public", Name: "t_id_seq", Type: "integer", Start: 1, Increment: 1, Min: 1, Max: 2147483647, Cache: 1,
			OwnedBy: &schema.ColumnRef{Table: tq, Column: "id"}},
	}
	if diff := cmp.Diff(want, cat.db.Sequences); diff != "" {
		t.Errorf("sequences (-want +got):\n%s", diff)
	}
}

func TestReadTables(t *testing.T) {
	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, `
		CREATE SCHEMA s;
		CREATE UNLOGGED TABLE s.u (a int, b text) WITH (fillfactor = 70, autovacuum_enabled = false, toast.autovacuum_enabled = off);
		COMMENT ON TABLE s.u IS 'scratch';
		CREATE TABLE s.p1 (a int);
		CREATE TABLE s.p2 (b int);
		CREATE TABLE s.child (c int) INHERITS (s.p2, s.p1);
		CREATE TABLE s.meas (id int NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
		CREATE TABLE s.meas_2024 PARTITION OF s.meas FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
		CREATE TABLE s.meas_rest PARTITION OF s.meas DEFAULT;
		CREATE TABLE s.ri_full (a int);
		ALTER TABLE s.ri_full REPLICA IDENTITY FULL;
		CREATE TABLE s.ri_idx (a int NOT NULL);
		CREATE UNIQUE INDEX ri_idx_a ON s.ri_idx (a);
		ALTER TABLE s.ri_idx REPLICA IDENTITY USING INDEX ri_idx_a;
		CREATE TABLE s.ri_none (a int);
		ALTER TABLE s.ri_none REPLICA IDENTITY NOTHING;
	`)
	cat := rawCatalog(t, db, Options{})
	u := cat.mustTable(t, "s", "u").table
	if !u.Unlogged || u.Comment != "scratch" || u.AccessMethod != "" ||
		!cmp.Equal(u.Options, []string{"fillfactor=70", "autovacuum_enabled=false", "toast.autovacuum_enabled=off"}) {
		t.Errorf("s.u: %+v", u)
	}
	child := cat.mustTable(t, "s", "child").table
	wantInherits := []schema.QName{{Schema: "s", Name: "p2"}, {Schema: "s", Name: "p1"}}
	if diff := cmp.Diff(wantInherits, child.Inherits); diff != "" || child.PartitionOf != nil {
		t.Errorf("s.child inherits (-want +got):\n%s", diff)
	}
	meas := cat.mustTable(t, "s", "meas")
	if str(meas.partKeyDef) != "RANGE (at)" || meas.partBoundDef != nil || meas.table.PartitionOf != nil {
		t.Errorf("s.meas: key %q bound %v", str(meas.partKeyDef), meas.partBoundDef)
	}
	for name, bound := range map[string]string{
		"meas_2024": "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
		"meas_rest": "DEFAULT",
	} {
		p := cat.mustTable(t, "s", name)
		if str(p.partBoundDef) != bound || p.partKeyDef != nil || p.table.Inherits != nil ||
			!cmp.Equal(p.table.PartitionOf, &schema.QName{Schema: "s", Name: "meas"}) {
			t.Errorf("s.%s: bound %q, partition of %v, inherits %v", name, str(p.partBoundDef), p.table.PartitionOf, p.table.Inherits)
		}
	}
	for name, want := range map[string][2]string{
		"u": {"", ""}, "ri_full": {"full", ""}, "ri_idx": {"index", "ri_idx_a"}, "ri_none": {"nothing", ""},
	} {
		tb := cat.mustTable(t, "s", name).table
		if got := [2]string{tb.ReplicaIdentity, tb.ReplicaIdentityIndex}; got != want {
			t.Errorf("s.%s: replica identity %q, want %q", name, got, want)
		}
	}
}
