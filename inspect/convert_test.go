package inspect

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/schema"
)

// TestLiveConvertsPrintedDDL checks that Live turns printed DDL into model
// values and puts the catalog's own data (names, storage parameters,
// comments) on them. Expression texts are the ddl package's canonical form
// and are checked by the round-trip test, not here.
func TestLiveConvertsPrintedDDL(t *testing.T) {
	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, `
		CREATE SCHEMA s;
		CREATE TABLE s.r (id int PRIMARY KEY WITH (fillfactor = 80), code text);
		COMMENT ON CONSTRAINT r_pkey ON s.r IS 'the key';
		CREATE TABLE s.t (
			id int NOT NULL DEFAULT 1,
			r int REFERENCES s.r ON DELETE CASCADE,
			code text,
			g int GENERATED ALWAYS AS (id + 1) STORED,
			CONSTRAINT t_code_key UNIQUE (code) INCLUDE (id)
		);
		CREATE INDEX "Weird idx" ON s.t USING hash (code) WITH (fillfactor = 60);
		COMMENT ON INDEX s."Weird idx" IS 'hashed';
		CREATE TABLE s.p (id int, k text) PARTITION BY LIST (k);
		CREATE TABLE s.p_ab PARTITION OF s.p FOR VALUES IN ('a', 'b');
		CREATE TABLE s.p_rest PARTITION OF s.p DEFAULT;
	`)
	got, err := Live(context.Background(), db.Conn, Options{Schemas: []string{"s"}})
	if err != nil {
		t.Fatalf("Live: %v", err)
	}
	tables := map[string]*schema.Table{}
	for _, tb := range got.Tables {
		tables[tb.Name] = tb
	}
	ignoreExpr := cmpopts.IgnoreFields(schema.Constraint{}, "Expr", "Where")
	wantR := []*schema.Constraint{{Name: "r_pkey", Kind: schema.PrimaryKey, Columns: []string{"id"},
		IndexOptions: []string{"fillfactor=80"}, Comment: "the key"}}
	if diff := cmp.Diff(wantR, tables["r"].Constraints, ignoreExpr); diff != "" {
		t.Errorf("s.r constraints (-want +got):\n%s", diff)
	}
	tt := tables["t"]
	wantT := []*schema.Constraint{
		{Name: "t_code_key", Kind: schema.Unique, Columns: []string{"code"}, Include: []string{"id"}},
		{Name: "t_r_fkey", Kind: schema.ForeignKey, Columns: []string{"r"}, RefTable: &schema.QName{Schema: "s", Name: "r"},
			RefColumns: []string{"id"}, OnDelete: schema.Cascade},
	}
	if diff := cmp.Diff(wantT, tt.Constraints, ignoreExpr); diff != "" {
		t.Errorf("s.t constraints (-want +got):\n%s", diff)
	}
	wantIdx := []*schema.Index{{Name: "Weird idx", Method: "hash", Keys: []schema.IndexKey{{Column: "code"}},
		Options: []string{"fillfactor=60"}, Comment: "hashed"}}
	if diff := cmp.Diff(wantIdx, tt.Indexes); diff != "" {
		t.Errorf("s.t indexes (-want +got):\n%s", diff)
	}
	if c := tt.Column("id"); c.Default == "" || c.Generated != "" {
		t.Errorf("s.t.id: default %q, generated %q", c.Default, c.Generated)
	}
	if c := tt.Column("g"); c.Generated == "" || c.Default != "" {
		t.Errorf("s.t.g: default %q, generated %q", c.Default, c.Generated)
	}
	if k := tables["p"].PartitionKey; k == nil || k.Strategy != "list" || !cmp.Equal(k.Keys, []schema.IndexKey{{Column: "k"}}) {
		t.Errorf("s.p partition key: %+v", k)
	}
	if b := tables["p_ab"].PartitionBound; b == nil || len(b.In) != 2 || b.Default {
		t.Errorf("s.p_ab bound: %+v", b)
	}
	if b := tables["p_rest"].PartitionBound; b == nil || !b.Default {
		t.Errorf("s.p_rest bound: %+v", b)
	}
}
