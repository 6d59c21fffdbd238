package plan_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/plan"
	"github.com/stratadb/strata/schema"
)

// The corpus convergence test plans every real-world schema of the shared
// corpus (../shared/corpus, beside the repository; see its README.md) from
// an empty database to its covered kinds and back:
//
//	go test ./plan -run TestCorpusConverges -count=1 -v
//
// One corpus: -run TestCorpusConverges/pagila. With -short, gitlab is
// skipped. STRATA_CORPUS_DIR names another corpus directory.

// corpusCase describes one corpus schema and what planning it needs.
type corpusCase struct {
	// name is the directory under the corpus dir holding schema.sql.
	name string
	// superuser is true when the plan needs a superuser (it creates
	// extensions only a superuser may create, e.g. file_fdw).
	superuser bool
	// large marks a corpus skipped with -short.
	large bool
}

// corpusCases are the schemas checked, smallest first. Roles the corpus
// files need for ALTER ... OWNER TO do not matter here: ownership is not
// modeled, so no plan step names a role.
var corpusCases = []corpusCase{
	{name: "synapse"},
	{name: "pagila"},
	{name: "postgrest", superuser: true},
	{name: "danbooru"},
	{name: "hatchet"},
	{name: "gitlab", large: true},
}

// TestCorpusConverges checks, for every corpus schema, that its model
// (ddl.ParseFiles; see convergeCorpus for postgrest) converges both ways:
// (a) empty to full: on a fresh empty database, the plan from inspect.Live
// of it to the model, once executed, gives a database whose inspect.Live
// equals the model; (b) full to empty: the plan from that database to the
// model of a fresh empty database, once executed, gives a database equal
// to the empty model. After each direction planning again must give no
// step.
func TestCorpusConverges(t *testing.T) { forEachCorpus(t, convergeCorpus) }

// forEachCorpus runs check on every corpus of corpusCases in parallel
// subtests, skipping the large ones with -short and those whose roles
// the test server lacks.
func forEachCorpus(t *testing.T, check func(t *testing.T, c corpusCase, file string)) {
	for _, c := range corpusCases {
		t.Run(c.name, func(t *testing.T) {
			if c.large && testing.Short() {
				t.Skipf("corpus %s skipped in -short mode (it is large)", c.name)
			}
			t.Parallel()
			file := pgtest.CorpusFile(t, c.name)
			pgtest.SkipUnlessRoles(t, "corpus "+c.name, c.superuser, "its extensions")
			check(t, c, file)
		})
	}
}

// convergeCorpus runs both directions of TestCorpusConverges for the corpus
// in file.
func convergeCorpus(t *testing.T, c corpusCase, file string) {
	ctx := context.Background()
	name := c.name
	res, err := ddl.ParseFiles(ddl.Options{SkipUnsupported: true}, file)
	if err != nil {
		t.Fatalf("ddl.ParseFiles(%s): %v", file, err)
	}
	full := res.DB
	if needsDatabase(res.Unsupported) {
		// CREATE TABLE ... AS: the columns are only known by running the
		// query. Take the target the way --dev-url does: from a database
		// the file was loaded into (the kept corpus database).
		full = corpusLiveModel(t, name, file)
		t.Logf("%s: target model read from the loaded corpus database (the file has CREATE TABLE ... AS)", name)
	}
	t.Logf("%s: target model: %s", name, modelSizes(full))

	db := pgtest.NewDB(t)
	empty, err := inspect.Live(ctx, db.Conn, inspect.Options{})
	if err != nil {
		t.Fatalf("inspect.Live of an empty database: %v", err)
	}

	// (a) empty -> full.
	start := time.Now()
	up := buildCorpusPlan(t, empty, full, "empty -> "+name)
	planned := time.Since(start)
	start = time.Now()
	if err := execCorpusPlan(t, db, up); err != nil {
		if reason := unsupportedDependency(err, res.Unsupported); reason != "" {
			deps := dependentsOfUnsupported(full, res.Unsupported)
			t.Skipf("%s cannot converge from empty: %s; the plan step failed: %v\n%d places of the model use objects only unsupported statements create:\n    %s",
				name, reason, err, len(deps), strings.Join(deps, "\n    "))
		}
		t.Fatalf("empty -> %s: %v", name, err)
	}
	t.Logf("empty -> %s: %d steps, planned in %s, executed in %s", name, len(up.Steps), planned.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	migrated := inspectAndCompare(t, db, full, "empty -> "+name)

	// (b) full -> empty.
	start = time.Now()
	down := buildCorpusPlan(t, migrated, empty, name+" -> empty")
	planned = time.Since(start)
	start = time.Now()
	if err := execCorpusPlan(t, db, down); err != nil {
		t.Fatalf("%s -> empty: %v", name, err)
	}
	t.Logf("%s -> empty: %d steps, planned in %s, executed in %s", name, len(down.Steps), planned.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	inspectAndCompare(t, db, empty, name+" -> empty")
}

// needsDatabase reports whether a statement among unsupported can only be
// known by running it (CREATE TABLE ... AS, SELECT ... INTO).
func needsDatabase(unsupported []ddl.Skipped) bool {
	for _, u := range unsupported {
		if u.Kind == "CREATE TABLE AS" || u.Kind == "SELECT INTO" {
			return true
		}
	}
	return false
}

// corpusLiveModel returns the model of the kept corpus database loaded from
// file.
func corpusLiveModel(t *testing.T, name, file string) *schema.Database {
	t.Helper()
	dbName := pgtest.CorpusDatabase(t, name, file)
	conn := pgtest.Connect(t, dbName)
	m, err := inspect.Live(context.Background(), conn, inspect.Options{})
	if err != nil {
		t.Fatalf("inspect.Live of corpus database %s: %v", dbName, err)
	}
	return m
}

// buildCorpusPlan diffs from against to and builds the plan; it fails the
// test when the changes are empty (every corpus has tables) or when
// building fails.
func buildCorpusPlan(t *testing.T, from, to *schema.Database, what string) *plan.Plan {
	t.Helper()
	changes := diff.Compare(from, to)
	if changes.Empty() {
		t.Fatalf("%s: no change between the two models", what)
	}
	p, err := plan.Build(changes, plan.Options{})
	if err != nil {
		t.Fatalf("%s: plan.Build: %v", what, err)
	}
	return p
}

// execCorpusPlan executes the steps of p on db with pgtest.ExecPlanSteps
// and returns its failure, if any, as an error (the test goes on, so that
// the caller can tell a dependency on an unsupported object from a bug).
func execCorpusPlan(t *testing.T, db *pgtest.DB, p *plan.Plan) error {
	t.Helper()
	sqls := make([]string, len(p.Steps))
	transactional := make([]bool, len(p.Steps))
	for i, s := range p.Steps {
		sqls[i], transactional[i] = s.SQL, s.Transactional
	}
	r := &recorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		// GitLab's plan from empty takes more locks than one transaction
		// may hold: run it in batches.
		pgtest.ExecPlanStepsInBatches(r, db, sqls, transactional, corpusBatch)
	}()
	<-done
	if r.Failed() || r.Skipped() {
		r.mu.Lock()
		defer r.mu.Unlock()
		return fmt.Errorf("%s", strings.Join(r.msgs, "\n"))
	}
	return nil
}

// corpusBatch is the number of steps per transaction when a corpus plan
// runs.
const corpusBatch = 500

// inspectAndCompare inspects db, requires it to equal want, requires that
// planning again gives no step, and returns the inspected model.
func inspectAndCompare(t *testing.T, db *pgtest.DB, want *schema.Database, what string) *schema.Database {
	t.Helper()
	got, err := inspect.Live(context.Background(), db.Conn, inspect.Options{})
	if err != nil {
		t.Fatalf("%s: inspect.Live after the plan: %v", what, err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("%s: after the plan the database differs from the target (-want +got):\n%s\nremaining changes:\n%s",
			what, clipDiff(t, what, d), clipDiff(t, what+" changes", changeLines(diff.Compare(got, want))))
	}
	again, err := plan.Build(diff.Compare(got, want), plan.Options{})
	if err != nil {
		t.Fatalf("%s: plan.Build after applying the plan: %v", what, err)
	}
	if len(again.Steps) != 0 {
		t.Fatalf("%s: planning again after the plan is not empty:\n%s", what, again.SQL())
	}
	return got
}

// unsupportedDependency returns why a failed plan step cannot succeed when
// it names an object that only a statement skipped as unsupported creates
// (a default calling a function of the corpus, a column of a domain type):
// the parsed model lacks that object, so no plan can create it. It returns
// "" for any other failure, which is then a bug.
func unsupportedDependency(err error, unsupported []ddl.Skipped) string {
	msg := err.Error()
	for _, u := range unsupported {
		if u.Object == "" || !strings.HasPrefix(u.Kind, "CREATE ") {
			continue
		}
		for _, spelling := range objectSpellings(qualified(u.Object)) {
			if strings.Contains(msg, spelling) {
				return fmt.Sprintf("the plan needs %s, which only an unsupported statement (%s at %s:%d) creates",
					qualified(u.Object), u.Kind, filepath.Base(u.Pos.File), u.Pos.Line)
			}
		}
	}
	return ""
}

// dependentsOfUnsupported lists the places of db (column types,
// collations, defaults and generation expressions, constraint expressions,
// index keys, operator classes and predicates) that name an object only a
// statement skipped as unsupported creates, one line each, with that
// statement's kind and position.
func dependentsOfUnsupported(db *schema.Database, unsupported []ddl.Skipped) []string {
	var out []string
	check := func(where, text string) {
		if text == "" {
			return
		}
		for _, u := range unsupported {
			if u.Object != "" && strings.HasPrefix(u.Kind, "CREATE ") && mentions(text, qualified(u.Object)) {
				out = append(out, fmt.Sprintf("%s: %s (%s at %s:%d)", where, qualified(u.Object), u.Kind, filepath.Base(u.Pos.File), u.Pos.Line))
			}
		}
	}
	for _, t := range db.Tables {
		tq := t.QName().String()
		for _, c := range t.Columns {
			where := "column " + tq + "." + c.Name
			check(where+" type", c.Type)
			check(where+" collation", c.Collation)
			check(where+" default", c.Default)
			check(where+" generated", c.Generated)
		}
		for _, c := range t.Constraints {
			check("constraint "+c.Name+" on "+tq, c.Expr)
		}
		for _, x := range t.Indexes {
			where := "index " + x.Name + " on " + tq
			for _, k := range x.Keys {
				check(where+" key", k.Expr)
				check(where+" opclass", k.OpClass)
				check(where+" collation", k.Collation)
			}
			check(where+" predicate", x.Where)
		}
	}
	return out
}

// qualified returns the name of a skipped statement's object (as the
// statement spells it) qualified the way the model's expressions and types
// are: a name without a schema resolves to public, the first schema of the
// parser's search path.
func qualified(object string) string {
	if strings.Contains(object, ".") {
		return object
	}
	return "public." + object
}

// mentions reports whether text names the qualified object qname, not as
// part of a longer identifier.
func mentions(text, qname string) bool {
	isIdent := func(b byte) bool {
		return b == '_' || b == '$' || b == '.' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
	}
	for i := 0; ; {
		j := strings.Index(text[i:], qname)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(qname)
		if (start == 0 || !isIdent(text[start-1])) && (end == len(text) || !isIdent(text[end])) {
			return true
		}
		i = start + 1
	}
}

// objectSpellings returns how a server error may name the object qname
// ("schema.name"): qualified, and quoted as PostgreSQL quotes names in
// messages ("function public.f() does not exist", "type \"public.d\" does
// not exist").
func objectSpellings(qname string) []string {
	return []string{`"` + qname + `"`, " " + qname + "(", `"` + qname + `(`}
}

// modelSizes describes how much a model holds.
func modelSizes(db *schema.Database) string {
	var cols, cons, idx int
	for _, t := range db.Tables {
		cols += len(t.Columns)
		cons += len(t.Constraints)
		idx += len(t.Indexes)
	}
	return fmt.Sprintf("%d schemas, %d extensions, %d enums, %d domains, %d composite and %d range types, %d sequences, "+
		"%d tables, %d columns, %d constraints, %d indexes, %d views, %d functions, %d triggers, %d policies",
		len(db.Schemas), len(db.Extensions), len(db.Enums), len(db.Domains), len(db.CompositeTypes), len(db.RangeTypes),
		len(db.Sequences), len(db.Tables), cols, cons, idx, len(db.Views), len(db.Functions), len(db.Triggers), len(db.Policies))
}

// firstLine returns the first line of err's message.
func firstLine(err error) string {
	line, _, _ := strings.Cut(err.Error(), "\n")
	return line
}

// maxCorpusDiffLines is how much of a difference a failure prints; the
// whole of it goes to a file.
const maxCorpusDiffLines = 400

// clipDiff returns text cut to maxCorpusDiffLines lines when longer; then
// the whole text is written to a file in the temporary directory, named in
// the message.
func clipDiff(t *testing.T, what, text string) string {
	lines := strings.SplitAfter(text, "\n")
	if len(lines) <= maxCorpusDiffLines {
		return text
	}
	name := strings.NewReplacer(" ", "_", ">", "", "/", "_").Replace(what)
	path := filepath.Join(os.TempDir(), "strata-plan-corpus-"+name+".diff")
	note := fmt.Sprintf("... %d more lines", len(lines)-maxCorpusDiffLines)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Logf("writing the whole diff: %v", err)
	} else {
		note += "; the whole text is in " + path
	}
	return strings.Join(lines[:maxCorpusDiffLines], "") + note
}
