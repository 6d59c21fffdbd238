package hcl_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/hcl"
	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/schema"
)

// checkRoundTrip writes want as HCL, parses it back and requires the same
// canonical model; writing the parsed model again must give the same bytes
// (Write(Parse(x)) is a fixed point).
func checkRoundTrip(t *testing.T, want *schema.Database) {
	t.Helper()
	src, err := hcl.Write(want)
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	got, err := hcl.ParseSources(hcl.Options{}, hcl.File{Name: "schema.hcl", Src: src})
	if err != nil {
		t.Fatalf("Parse of the written HCL: %v\n%s", err, src)
	}
	wantJSON, err := schema.MarshalCanonical(want)
	if err != nil {
		t.Fatal(err)
	}
	gotJSON, err := schema.MarshalCanonical(got)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(wantJSON), string(gotJSON)); diff != "" {
		t.Fatalf("model changed through HCL (-want +got):\n%s\nHCL:\n%s", diff, src)
	}
	again, err := hcl.Write(got)
	if err != nil {
		t.Fatalf("Write of the parsed model: %v", err)
	}
	if diff := cmp.Diff(string(src), string(again)); diff != "" {
		t.Fatalf("Write(Parse(Write(m))) differs from Write(m) (-want +got):\n%s", diff)
	}
}

// checkThroughSQL reads want's HCL the way the command line does (Parse,
// then ddl.Render and ddl.ParseSQL) and requires want back.
func checkThroughSQL(t *testing.T, want *schema.Database) {
	t.Helper()
	src, err := hcl.Write(want)
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	parsed, err := hcl.ParseSources(hcl.Options{}, hcl.File{Name: "schema.hcl", Src: src})
	if err != nil {
		t.Fatalf("Parse of the written HCL: %v", err)
	}
	res, err := ddl.ParseSQL(ddl.Options{}, "schema.hcl (as SQL)", ddl.Render(parsed))
	if err != nil {
		t.Fatalf("reading the HCL's SQL back: %v", err)
	}
	if d := cmp.Diff(canonicalJSON(t, want), canonicalJSON(t, res.DB)); d != "" {
		t.Fatalf("model changed through HCL and SQL (-want +got):\n%s", d)
	}
}

// TestRoundTripFiles checks every testdata/roundtrip/*.sql: the model ddl
// parses from it survives Write and Parse unchanged, and the command line's
// reading of that HCL (through SQL) gives it back too.
func TestRoundTripFiles(t *testing.T) {
	for _, file := range pgtest.RoundTripFiles(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			db, err := ddl.Parse(file)
			if err != nil {
				t.Fatalf("ddl.Parse: %v", err)
			}
			checkRoundTrip(t, db)
			checkThroughSQL(t, db)
		})
	}
}

// TestRoundTripCorpus checks the corpus schemas as a database holds them
// (inspect.Live of the kept corpus database, which also covers postgrest's
// CREATE TABLE AS), also through the command line's path via SQL.
func TestRoundTripCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus round trip skipped in -short mode")
	}
	for _, name := range []string{"pagila", "postgrest", "danbooru", "hatchet", "synapse", "gitlab"} {
		t.Run(name, func(t *testing.T) {
			file := pgtest.CorpusFile(t, name)
			conn := pgtest.Connect(t, pgtest.CorpusDatabase(t, name, file))
			db, err := inspect.Live(context.Background(), conn, inspect.Options{})
			if err != nil {
				t.Fatalf("inspect.Live: %v", err)
			}
			checkRoundTrip(t, db)
			checkThroughSQL(t, db)
		})
	}
}
