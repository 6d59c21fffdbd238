package ddl

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/internal/pgtest"
)

// mapResolver is a resolver over fixed maps, for tests.
type mapResolver struct {
	types     map[string]string
	relations map[string]string
	exts      map[string]string // extension name -> schema
}

// extensionSchema implements extensionResolver.
func (r mapResolver) extensionSchema(ext string) string { return r.exts[ext] }

// functionSchema implements functionResolver: the schema of an installed
// extension that has a function called name (search_path is public).
func (r mapResolver) functionSchema(name string) string {
	for _, f := range extensionFuncs[name] {
		if s := r.exts[f.ext]; s == "public" {
			return s
		}
	}
	return ""
}

func (r mapResolver) typeSchema(name string) string     { return r.types[name] }
func (r mapResolver) relationSchema(name string) string { return r.relations[name] }
func (r mapResolver) creationSchema() string            { return "public" }

// readLines returns the non-blank, non-comment lines of a test data file.
func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// parseColumnType parses "CREATE TABLE t (c <typ>)" and returns the
// column's type name node.
func parseColumnType(t *testing.T, typ string) *pg_query.TypeName {
	t.Helper()
	tree, err := pg_query.Parse("CREATE TABLE t (c " + typ + ")")
	if err != nil {
		t.Fatalf("parsing type %q: %v", typ, err)
	}
	cs := tree.Stmts[0].Stmt.GetCreateStmt()
	return cs.TableElts[0].GetColumnDef().TypeName
}

// TestCanonicalType checks canonicalType against the server's format_type
// for every spelling in testdata/types.txt, and that the printed form maps
// to itself with a nil resolver (as when the inspector reads it back).
func TestCanonicalType(t *testing.T) {
	types := readLines(t, "testdata/types.txt")
	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, `CREATE SCHEMA other; CREATE SCHEMA "Other";
		CREATE TYPE public.mood AS ENUM ('a'); CREATE TYPE other.mood AS ENUM ('b');
		CREATE TYPE "Weird Type" AS ENUM ('c'); CREATE TYPE "Other"."Mixed" AS ENUM ('d');`)
	var cols []string
	for i, typ := range types {
		cols = append(cols, fmt.Sprintf("c%d %s", i, typ))
	}
	pgtest.Exec(t, db, "CREATE TABLE public.t (\n"+strings.Join(cols, ",\n")+"\n)")
	ctx := context.Background()
	if _, err := db.Conn.Exec(ctx, "SET search_path = ''"); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Conn.Query(ctx, `SELECT format_type(atttypid, atttypmod) FROM pg_attribute
		WHERE attrelid = 'public.t'::regclass AND attnum > 0 ORDER BY attnum`)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		want = append(want, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	names := mapResolver{types: map[string]string{"mood": "public", "Weird Type": "public"}}
	for i, typ := range types {
		got, err := canonicalType(parseColumnType(t, typ), names)
		if err != nil {
			t.Errorf("%s: %v", typ, err)
			continue
		}
		if got != want[i] {
			t.Errorf("%s: canonicalType = %q, format_type = %q", typ, got, want[i])
		}
		back, err := canonicalType(parseColumnType(t, want[i]), nil)
		if err != nil {
			t.Errorf("%s (printed): %v", want[i], err)
		} else if back != want[i] {
			t.Errorf("%s (printed): canonicalType = %q, not idempotent", want[i], back)
		}
	}
}
