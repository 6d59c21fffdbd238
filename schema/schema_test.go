package schema_test

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/schema"
)

// TestQuoteIdentMatchesServer checks QuoteIdent against the server's own
// quote_ident for every keyword it knows and a set of awkward names.
func TestQuoteIdentMatchesServer(t *testing.T) {
	db := pgtest.NewDB(t)
	ctx := context.Background()
	names := []string{"users", "Users", "user", "order", "select", "_x", "x1", "1x", "a b", `a"b`,
		"", "ça", "تست", "bıgınt", "a$b", "snake_case_1", "from", "name", "text", "int", "between"}
	rows, err := db.Conn.Query(ctx, "SELECT word FROM pg_get_keywords()")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var w string
		if err := rows.Scan(&w); err != nil {
			t.Fatal(err)
		}
		names = append(names, w)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		var want string
		if err := db.Conn.QueryRow(ctx, "SELECT quote_ident($1)", n).Scan(&want); err != nil {
			t.Fatal(err)
		}
		if got := schema.QuoteIdent(n); got != want {
			t.Errorf("QuoteIdent(%q) = %s, server says %s", n, got, want)
		}
	}
}

func sampleDB() *schema.Database {
	return &schema.Database{
		Schemas: []*schema.Schema{{Name: "zeta"}, {Name: "public", Comment: "standard public schema"}},
		Tables: []*schema.Table{
			{Schema: "public", Name: "p", PartitionKey: &schema.PartitionKey{Strategy: "range", Keys: []schema.IndexKey{{Column: "a"}}},
				Columns: []*schema.Column{{Name: "a", Type: "integer", NotNull: true}, {Name: "b", Type: "text", Default: "'x'::text"}},
				Options: []string{"fillfactor=70", "autovacuum_enabled=false"},
				Indexes: []*schema.Index{{Name: "p_b_idx", Method: "btree", Keys: []schema.IndexKey{{Column: "b"}}},
					{Name: "p_a_idx", Method: "btree", Keys: []schema.IndexKey{{Column: "a"}}}}},
			{Schema: "public", Name: "p1", PartitionOf: &schema.QName{Schema: "public", Name: "p"},
				PartitionBound: &schema.PartitionBound{From: []string{"1"}, To: []string{"10"}},
				Columns: []*schema.Column{
					{Name: "a", Type: "integer", NotNull: true, Inherited: true},
					{Name: "b", Type: "text", Default: "'y'::text", Inherited: true},
				}},
		},
	}
}

func TestNormalize(t *testing.T) {
	db := sampleDB()
	schema.Normalize(db)
	if got := []string{db.Schemas[0].Name, db.Schemas[1].Name}; !cmp.Equal(got, []string{"public", "zeta"}) {
		t.Errorf("schemas not sorted: %v", got)
	}
	p := db.Tables[0]
	if !cmp.Equal(p.Options, []string{"autovacuum_enabled=false", "fillfactor=70"}) {
		t.Errorf("options not sorted: %v", p.Options)
	}
	if p.Indexes[0].Name != "p_a_idx" {
		t.Errorf("indexes not sorted: %s first", p.Indexes[0].Name)
	}
	// p1.a only repeats p.a and is pruned; p1.b overrides the default and stays.
	want := []*schema.Column{{Name: "b", Type: "text", Default: "'y'::text", Inherited: true}}
	if diff := cmp.Diff(want, db.Tables[1].Columns); diff != "" {
		t.Errorf("inherited columns (-want +got):\n%s", diff)
	}
	again := sampleDB()
	schema.Normalize(again)
	schema.Normalize(again)
	if diff := cmp.Diff(db, again); diff != "" {
		t.Errorf("Normalize is not idempotent (-once +twice):\n%s", diff)
	}
}

func TestFingerprintStableAndSensitive(t *testing.T) {
	a, b := sampleDB(), sampleDB()
	// Same content in another order: same fingerprint.
	b.Schemas[0], b.Schemas[1] = b.Schemas[1], b.Schemas[0]
	b.Tables[0], b.Tables[1] = b.Tables[1], b.Tables[0]
	fa, fb := schema.Fingerprint(a), schema.Fingerprint(b)
	if fa != fb {
		t.Errorf("fingerprint depends on order: %s vs %s", fa, fb)
	}
	if !strings.HasPrefix(fa, "sha256:") || len(fa) != len("sha256:")+64 {
		t.Errorf("fingerprint format: %s", fa)
	}
	c := sampleDB()
	c.Tables[0].Columns[1].Default = "'z'::text"
	if schema.Fingerprint(c) == fa {
		t.Error("fingerprint did not change with a default")
	}
}

func TestCanonicalJSONRoundTrip(t *testing.T) {
	db := sampleDB()
	data, err := schema.MarshalCanonical(db)
	if err != nil {
		t.Fatal(err)
	}
	back, err := schema.UnmarshalCanonical(data)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(db, back); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	again, err := schema.MarshalCanonical(back)
	if err != nil {
		t.Fatal(err)
	}
	if string(again) != string(data) {
		t.Error("canonical JSON is not a fixed point")
	}
}

func TestFilter(t *testing.T) {
	db := sampleDB()
	db.Enums = []*schema.Enum{{Schema: "zeta", Name: "mood", Values: []string{"a"}}}
	got := schema.Filter(db, []string{"zeta"})
	want := &schema.Database{Schemas: []*schema.Schema{{Name: "zeta"}}, Enums: db.Enums}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Filter (-want +got):\n%s", diff)
	}
	if schema.Filter(db, nil) != db {
		t.Error("Filter with no schemas must return db itself")
	}
}
