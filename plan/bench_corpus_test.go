package plan_test

import (
	"testing"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/plan"
	"github.com/stratadb/strata/schema"
)

// BenchmarkCorpusGitLab measures diff.Compare and plan.Build between an
// empty model (only the public schema, as a fresh database has it) and the
// covered kinds of the GitLab corpus schema (ddl.ParseFiles with
// SkipUnsupported), in both directions, offline: no database is needed.
// Parsing is not measured.
//
//	go test ./plan -run '^$' -bench BenchmarkCorpusGitLab -benchmem
func BenchmarkCorpusGitLab(b *testing.B) {
	res, err := ddl.ParseFiles(ddl.Options{SkipUnsupported: true}, pgtest.CorpusFile(b, "gitlab"))
	if err != nil {
		b.Fatalf("ddl.ParseFiles: %v", err)
	}
	full := res.DB
	empty := &schema.Database{Schemas: []*schema.Schema{{Name: "public", Comment: "standard public schema"}}}
	b.Logf("gitlab: %s", modelSizes(full))
	for _, dir := range []struct {
		name     string
		from, to *schema.Database
	}{
		{"empty_to_full", empty, full},
		{"full_to_empty", full, empty},
	} {
		b.Run(dir.name, func(b *testing.B) {
			b.ReportAllocs()
			steps := 0
			for b.Loop() {
				p, err := plan.Build(diff.Compare(dir.from, dir.to), plan.Options{})
				if err != nil {
					b.Fatalf("plan.Build: %v", err)
				}
				steps = len(p.Steps)
			}
			if steps == 0 {
				b.Fatal("empty plan")
			}
			b.ReportMetric(float64(steps), "steps")
		})
	}
}
