package ddl_test

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

// TestRenderRoundTrip proves the renderer against a real server: for every
// file S in testdata/roundtrip, Render(Parse(S)) run on a fresh database
// must give back, through inspect.Live, exactly the model Parse(S) built.
// The rendered script must also parse back into the same model offline.
func TestRenderRoundTrip(t *testing.T) {
	for _, file := range pgtest.RoundTripFiles(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Parallel()
			parsed, err := ddl.Parse(file)
			if err != nil {
				t.Fatalf("ddl.Parse: %v", err)
			}
			checkRendered(t, parsed, file)
		})
	}
}

// TestRenderModels does the same for the hand-written models in
// testdata/render/*.json, which cover what the renderer must handle even
// where no round-trip file does yet (attached partitions, inherited
// columns that differ from their parent's, every option at once).
func TestRenderModels(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "render", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Parallel()
			checkRendered(t, readModel(t, file), "")
		})
	}
}

// checkRendered renders want, runs the script on a fresh database and
// compares what the database then holds with want; then it parses the
// script and compares that model with want too.
// A source file's "-- requires:" line is honoured (see
// pgtest.SkipUnlessSupported).
func checkRendered(t *testing.T, want *schema.Database, source string) {
	t.Helper()
	script := ddl.Render(want)
	db := pgtest.NewDB(t)
	if source != "" {
		pgtest.SkipUnlessSupported(t, db, source)
	}
	skipOlderServer(t, db, want)
	pgtest.Exec(t, db, script)
	live, err := inspect.Live(context.Background(), db.Conn, inspect.Options{})
	if err != nil {
		t.Fatalf("inspect.Live: %v\nscript:\n%s", err, script)
	}
	if diff := cmp.Diff(want, live); diff != "" {
		t.Errorf("the database built by the rendered script differs from the model (-model +database):\n%s\nscript:\n%s", diff, script)
	}
	res, err := ddl.ParseSQL(ddl.Options{}, "rendered.sql", script)
	if err != nil {
		t.Fatalf("parsing the rendered script: %v\nscript:\n%s", err, script)
	}
	if diff := cmp.Diff(want, res.DB); diff != "" {
		t.Errorf("the rendered script parses into a different model (-model +parsed):\n%s\nscript:\n%s", diff, script)
	}
	if len(res.Skipped) > 0 {
		t.Errorf("the rendered script has statements the parser skips: %+v", res.Skipped)
	}
}
