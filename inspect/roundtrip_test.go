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
	for _, file := range pgtest.RoundTripFiles(t) {
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
			assertSameJSON(t, parsed, live)
		})
	}
}

// assertSameJSON checks what must follow from two models being deep-equal:
// the same canonical JSON, byte for byte, and the same fingerprint.
func assertSameJSON(t *testing.T, a, b *schema.Database) {
	t.Helper()
	aj, err := schema.MarshalCanonical(a)
	if err != nil {
		t.Fatal(err)
	}
	bj, err := schema.MarshalCanonical(b)
	if err != nil {
		t.Fatal(err)
	}
	if string(aj) != string(bj) {
		t.Fatalf("canonical JSON differs although the models are equal")
	}
	if schema.Fingerprint(a) != schema.Fingerprint(b) {
		t.Fatalf("fingerprints differ although the models are equal")
	}
}
