package ddl

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/internal/pgtest"
)

// TestGeneratedNamesMatchServer runs each testdata/roundtrip/p_*.sql file
// on a real server and checks that the parser's catalog holds exactly the
// relation names (tables, sequences, indexes, including the ones
// PostgreSQL creates on partitions) and constraint names the server has:
// every generated name, truncation and numeric suffix must agree.
func TestGeneratedNamesMatchServer(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "roundtrip", "p_*.sql"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no p_*.sql files: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			p := newParser(Options{})
			p.file(file, string(src))
			if err := p.errs.err(); err != nil {
				t.Fatal(err)
			}
			var parsedRels, parsedCons []string
			for q, k := range p.st.rels {
				if k != relOther {
					parsedRels = append(parsedRels, q.String())
				}
			}
			for s, m := range p.st.cons {
				for name, n := range m {
					for range n {
						parsedCons = append(parsedCons, s+"."+name)
					}
				}
			}
			db := pgtest.NewDB(t)
			pgtest.ExecFile(t, db, file)
			liveRels := queryStrings(t, db, `SELECT format('%s.%s', quote_ident(n.nspname), quote_ident(c.relname))
				FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE c.relkind IN ('r', 'p', 'i', 'I', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
				  AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'
				  AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`)
			liveCons := queryStrings(t, db, `SELECT n.nspname || '.' || c.conname
				FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
				WHERE c.conrelid <> 0 AND c.contype IN ('p', 'u', 'f', 'c', 'x')
				  AND n.nspname NOT IN ('pg_catalog', 'information_schema')`)
			for _, l := range [][]string{parsedRels, parsedCons, liveRels, liveCons} {
				slices.Sort(l)
			}
			if diff := cmp.Diff(liveRels, parsedRels); diff != "" {
				t.Errorf("relation names (-server +parsed):\n%s", diff)
			}
			if diff := cmp.Diff(liveCons, parsedCons); diff != "" {
				t.Errorf("constraint names (-server +parsed):\n%s", diff)
			}
		})
	}
}

func queryStrings(t *testing.T, db *pgtest.DB, sql string) []string {
	t.Helper()
	rows, err := db.Conn.Query(context.Background(), sql)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
