package main

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/devdb"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/plan"
	"github.com/stratadb/strata/schema"
)

// parseSQL parses SQL text offline.
func parseSQL(t *testing.T, sql string) *schema.Database {
	t.Helper()
	res, err := ddl.ParseSQL(ddl.Options{}, "test.sql", sql)
	if err != nil {
		t.Fatal(err)
	}
	return res.DB
}

// TestVerifyPlanDropsShadow runs verifyPlan on a plan that converges, one
// whose step fails, one that does not reach --to and one cancelled before
// it starts, and checks the outcome and that the shadow database is gone
// every time.
func TestVerifyPlanDropsShadow(t *testing.T) {
	server := pgtest.ServerURL(t)
	admin := pgtest.Connect(t, "postgres")
	// An integer array has no cast to jsonb: the type change fails whatever
	// the rows.
	from := parseSQL(t, "CREATE TABLE doc (id integer PRIMARY KEY, body integer[]);")
	good := parseSQL(t, "CREATE TABLE doc (id integer PRIMARY KEY, body integer[], title text NOT NULL DEFAULT '');\nCREATE INDEX doc_title ON doc (title);")
	bad := parseSQL(t, "CREATE TABLE doc (id integer PRIMARY KEY, body jsonb);")
	build := func(a, b *schema.Database) *plan.Plan {
		p, err := plan.Build(diff.Compare(a, b), plan.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	for _, c := range []struct {
		name    string
		ctx     context.Context
		to      *schema.Database
		p       *plan.Plan
		verify  bool   // a *verifyError is expected
		message string // in the error, or in the summary
	}{
		{"converges", context.Background(), good, build(from, good), false, "converges"},
		{"step fails", context.Background(), bad, build(from, bad), true, "step 1 of 1 (alter column type public.doc.body)"},
		{"does not reach to", context.Background(), bad, build(from, good), true, "did not reach --to"},
		{"cancelled", cancelled, good, build(from, good), false, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			var name string
			summary, err := verifyPlan(c.ctx, server, from, c.to, c.p, func(n string) { name = n })
			var ve *verifyError
			switch {
			case c.verify && !errors.As(err, &ve):
				t.Fatalf("want a *verifyError, got %v", err)
			case c.verify && !strings.Contains(err.Error(), c.message):
				t.Errorf("error %q does not say %q", err, c.message)
			case c.message != "" && !c.verify && (err != nil || !strings.Contains(summary, c.message)):
				t.Errorf("summary %q, error %v; want a summary saying %q", summary, err, c.message)
			case c.message == "" && err == nil:
				t.Error("a cancelled verify succeeded")
			}
			if name != "" && !strings.HasPrefix(name, devdb.NamePrefix) {
				t.Errorf("shadow database %q does not start with %q", name, devdb.NamePrefix)
			}
			var n int
			if err := admin.QueryRow(context.Background(), "SELECT count(*) FROM pg_database WHERE datname = $1", name).Scan(&n); err != nil || n != 0 {
				t.Errorf("shadow database %q still exists (%v)", name, err)
			}
		})
	}
}
