package inspect_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/schema"
)

// The corpus test runs the round-trip invariant over real-world schemas
// (../shared/corpus, beside the repository; see its README.md):
//
//	go test ./inspect -run TestCorpus -count=1 -v
//
// One corpus: -run TestCorpus/pagila. With -short, gitlab (30-90 s to load)
// is skipped. STRATA_CORPUS_DIR names another corpus directory.

// corpus describes one real-world schema and what loading it needs.
type corpus struct {
	// name is the directory under the corpus dir holding schema.sql.
	name string
	// superuser is true when the file needs a superuser (file_fdw, some
	// extensions).
	superuser bool
	// roles are roles that must exist (the file runs ALTER ... OWNER TO).
	roles []string
	// large marks a corpus skipped with -short and kept across runs as a
	// template database (see pgtest.CorpusDatabase).
	large bool
}

// corpora are the schemas checked, smallest first. hatchet has CREATE INDEX
// CONCURRENTLY, so every file is applied statement by statement in
// autocommit mode (pgtest.ExecFile), never in one transaction.
var corpora = []corpus{
	{name: "synapse"},
	{name: "pagila", roles: []string{"postgres"}},
	{name: "postgrest", superuser: true},
	{name: "danbooru"},
	{name: "hatchet"},
	{name: "gitlab", large: true},
}

// coveredKinds are the statement kinds issue 2 models. An unsupported
// statement of one of these kinds is a parser gap, not a later feature: the
// objects it created stay on the live side, so the comparison fails.
var coveredKinds = map[string]bool{
	"CREATE SCHEMA":    true,
	"CREATE EXTENSION": true,
	"CREATE SEQUENCE":  true,
	"CREATE TABLE":     true,
	"CREATE INDEX":     true,
}

// TestCorpus checks that ddl.ParseFiles of each corpus schema equals
// inspect.Live of a database the schema was loaded into. Statements of kinds
// that later issues model (views, functions, triggers, grants, ...) are
// skipped through ddl.Options.SkipUnsupported; each subtest logs how many of
// each kind were skipped, and the objects such statements created (a CREATE
// TABLE AS table, for instance) are taken out of the live side, exactly
// those and nothing else.
func TestCorpus(t *testing.T) {
	for _, c := range corpora {
		t.Run(c.name, func(t *testing.T) {
			if c.large && testing.Short() {
				t.Skipf("corpus %s skipped in -short mode (it takes 30-90 s to load)", c.name)
			}
			t.Parallel()
			checkCorpus(t, c, pgtest.CorpusFile(t, c.name))
		})
	}
}

// checkCorpus loads one corpus, parses it and compares the two models.
func checkCorpus(t *testing.T, c corpus, file string) {
	pgtest.SkipUnlessRoles(t, "corpus "+c.name, c.superuser, "file_fdw, extensions", c.roles...)

	var conn *pgx.Conn
	if c.large {
		// Live only reads, in a READ ONLY transaction, so it may read the
		// template itself: copying 1,400 tables would take as long as
		// loading them.
		conn = pgtest.Connect(t, pgtest.CorpusDatabase(t, c.name, file))
	} else {
		db := pgtest.NewDB(t)
		start := time.Now()
		pgtest.ExecFile(t, db, file)
		t.Logf("%s: loaded in %s", c.name, time.Since(start).Round(time.Millisecond))
		conn = db.Conn
	}
	res, err := ddl.ParseFiles(ddl.Options{SkipUnsupported: true}, file)
	if err != nil {
		t.Fatalf("ddl.ParseFiles: %v", err)
	}
	live, err := inspect.Live(context.Background(), conn, inspect.Options{})
	if err != nil {
		t.Fatalf("inspect.Live: %v", err)
	}
	removed := removeUnsupported(live, res.DB, res.Unsupported)

	t.Logf("%s: skipped on purpose: %s", c.name, countKinds(res.Skipped))
	t.Logf("%s: unsupported, skipped by SkipUnsupported: %s", c.name, countKinds(res.Unsupported))
	t.Logf("%s: removed from the live side (created by unsupported statements): %d %v", c.name, len(removed), removed)
	t.Logf("%s: compared %s", c.name, sizes(res.DB))

	if diff := cmp.Diff(res.DB, live); diff != "" {
		t.Fatalf("ddl.ParseFiles and inspect.Live disagree on %s (-parsed +live):\n%s", c.name, clip(t, c.name, diff))
	}
	assertSameJSON(t, res.DB, live)
}

// removeUnsupported deletes from live the tables, sequences and enums that
// statements skipped as unsupported created, and returns their names. Only
// statements that create objects (kinds starting with "CREATE " or "SELECT
// INTO") and are not of a kind issue 2 covers count, and only objects the
// parsed model does not declare itself.
func removeUnsupported(live, parsed *schema.Database, unsupported []ddl.Skipped) []string {
	created := map[string]bool{}
	for _, u := range unsupported {
		if u.Object == "" || coveredKinds[u.Kind] {
			continue
		}
		if strings.HasPrefix(u.Kind, "CREATE ") || u.Kind == "SELECT INTO" {
			created[u.Object] = true
		}
	}
	declared := map[string]bool{}
	for _, x := range parsed.Tables {
		declared["table "+x.QName().String()] = true
	}
	for _, x := range parsed.Sequences {
		declared["sequence "+x.QName().String()] = true
	}
	for _, x := range parsed.Enums {
		declared["enum "+x.QName().String()] = true
	}
	var removed []string
	drop := func(kind string, q schema.QName) bool {
		name := q.String()
		if !created[name] || declared[kind+" "+name] {
			return false
		}
		removed = append(removed, kind+" "+name)
		return true
	}
	live.Tables = deleteIf(live.Tables, func(x *schema.Table) bool { return drop("table", x.QName()) })
	live.Sequences = deleteIf(live.Sequences, func(x *schema.Sequence) bool { return drop("sequence", x.QName()) })
	live.Enums = deleteIf(live.Enums, func(x *schema.Enum) bool { return drop("enum", x.QName()) })
	return removed
}

// deleteIf returns list without the elements for which del is true. A list
// left empty becomes nil, as Normalize leaves it.
func deleteIf[T any](list []T, del func(T) bool) []T {
	var out []T
	for _, x := range list {
		if !del(x) {
			out = append(out, x)
		}
	}
	return out
}

// countKinds summarizes statements as "N total: KIND n, KIND n, ..." with
// the most frequent kinds first.
func countKinds(list []ddl.Skipped) string {
	if len(list) == 0 {
		return "none"
	}
	counts := map[string]int{}
	for _, s := range list {
		counts[s.Kind]++
	}
	kinds := make([]string, 0, len(counts))
	for k := range counts {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool {
		if counts[kinds[i]] != counts[kinds[j]] {
			return counts[kinds[i]] > counts[kinds[j]]
		}
		return kinds[i] < kinds[j]
	})
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = fmt.Sprintf("%s %d", k, counts[k])
	}
	return fmt.Sprintf("%d total: %s", len(list), strings.Join(parts, ", "))
}

// sizes describes how much of a model was compared.
func sizes(db *schema.Database) string {
	var cols, cons, idx int
	for _, t := range db.Tables {
		cols += len(t.Columns)
		cons += len(t.Constraints)
		idx += len(t.Indexes)
	}
	return fmt.Sprintf("%d schemas, %d extensions, %d enums, %d sequences, %d tables, %d columns, %d constraints, %d indexes",
		len(db.Schemas), len(db.Extensions), len(db.Enums), len(db.Sequences), len(db.Tables), cols, cons, idx)
}

// maxDiffLines is how much of a difference a failure prints; the whole of
// it goes to a file.
const maxDiffLines = 400

// clip returns diff, cut to maxDiffLines lines when longer; then the whole
// diff is written to a file in the temporary directory, named in the
// message.
func clip(t *testing.T, name, diff string) string {
	lines := strings.SplitAfter(diff, "\n")
	if len(lines) <= maxDiffLines {
		return diff
	}
	path := filepath.Join(os.TempDir(), "strata-corpus-"+name+".diff")
	note := fmt.Sprintf("... %d more lines", len(lines)-maxDiffLines)
	if err := os.WriteFile(path, []byte(diff), 0o644); err != nil {
		t.Logf("writing the whole diff: %v", err)
	} else {
		note += "; the whole diff is in " + path
	}
	return strings.Join(lines[:maxDiffLines], "") + note
}
