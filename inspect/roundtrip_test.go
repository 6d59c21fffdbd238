package inspect_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/schema"
)

// TestRoundTrip is the central invariant: for every file S in
// testdata/roundtrip, ddl.Parse(S) equals inspect.Live of a fresh database
// after running S, field for field, and both print byte-identical canonical
// JSON. There are no tolerances: a difference is a bug in one side.
func TestRoundTrip(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "roundtrip", "*.sql"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no files in testdata/roundtrip")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Parallel()
			parsed, err := ddl.Parse(file)
			if err != nil {
				t.Fatalf("ddl.Parse: %v", err)
			}
			db := pgtest.NewDB(t)
			pgtest.SkipUnlessSupported(t, db, file)
			pgtest.ExecFile(t, db, file)
			live, err := inspect.Live(context.Background(), db.Conn, inspect.Options{})
			if err != nil {
				t.Fatalf("inspect.Live: %v", err)
			}
			if diff := cmp.Diff(parsed, live); diff != "" {
				t.Fatalf("ddl.Parse and inspect.Live disagree (-parsed +live):\n%s", diff)
			}
			pj, err := schema.MarshalCanonical(parsed)
			if err != nil {
				t.Fatal(err)
			}
			lj, err := schema.MarshalCanonical(live)
			if err != nil {
				t.Fatal(err)
			}
			if string(pj) != string(lj) {
				t.Fatalf("canonical JSON differs although the models are equal")
			}
			if schema.Fingerprint(parsed) != schema.Fingerprint(live) {
				t.Fatalf("fingerprints differ although the models are equal")
			}
		})
	}
}
