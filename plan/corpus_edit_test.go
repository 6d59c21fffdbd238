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
	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/schema"
)

// The corpus deep-edit test edits every corpus schema deep in its
// dependency graph (a column type under layers of views, a function used
// by triggers or defaults, a domain used by columns, plus a few ordinary
// edits) and plans the migration both ways on a copy of the loaded corpus
// database:
//
//	go test ./plan -run TestCorpusDeepEdit -count=1 -v
//
// One corpus: -run TestCorpusDeepEdit/pagila. With -short, gitlab is
// skipped.
//
// The edits are in testdata/corpus-edits/<name>.txt. Such a file starts
// with comment lines ("-- ...") saying what the edit exercises, then holds
// blocks, each opened by a marker line:
//
//	-- replace --
//	text of the corpus file
//	-- with --
//	the text it becomes
//	-- append --
//	SQL added at the end of the file
//
// A block's text is its lines, without the blank lines at its start and
// end. Every replace block is followed by a with block; the replacements
// are made in order, and each replace text must occur exactly once in the
// file at that point. At most one append block may be given, last. The
// corpus files themselves are never changed: the edited text is written to
// a temporary file.
//
// For each corpus the edited file is loaded into a fresh database with psql
// (so the edit is valid SQL for PostgreSQL) and its parsed model must equal
// that database. Then, on a clone of the kept corpus database: the plan from
// its inspect.Live to the edited model is executed, the database must equal
// the edited model and planning again must give no step; then the plan back
// to the original model, with the same checks. postgrest has CREATE TABLE
// ... AS, whose columns are only known by running it: its original model is
// the clone's inspect.Live before the plan and its edited model the
// inspect.Live of the database the edited file was loaded into (the way
// --dev-url reads a source). Its edit also changes its two views that select
// from themselves.

// corpusEditsDir holds one edit file per corpus.
var corpusEditsDir = filepath.Join("..", "testdata", "corpus-edits")

// TestCorpusDeepEdit runs the deep edit of every corpus, both ways.
func TestCorpusDeepEdit(t *testing.T) { forEachCorpus(t, deepEditCorpus) }

// deepEditCorpus runs TestCorpusDeepEdit for the corpus in file.
func deepEditCorpus(t *testing.T, c corpusCase, file string) {
	ctx := context.Background()
	name := c.name
	editPath := filepath.Join(corpusEditsDir, name+".txt")
	editText, err := os.ReadFile(editPath)
	if err != nil {
		t.Fatalf("reading the edit of corpus %s: %v", name, err)
	}
	origText, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("reading corpus %s: %v", name, err)
	}
	editedText, err := applyCorpusEdit(editPath, string(editText), string(origText))
	if err != nil {
		t.Fatal(err)
	}
	editedFile := filepath.Join(t.TempDir(), name+"-edited.sql")
	if err := os.WriteFile(editedFile, []byte(editedText), 0o644); err != nil {
		t.Fatal(err)
	}

	opts := ddl.Options{SkipUnsupported: true}
	origRes, err := ddl.ParseFiles(opts, file)
	if err != nil {
		t.Fatalf("ddl.ParseFiles(%s): %v", file, err)
	}
	editedRes, err := ddl.ParseSQL(opts, editedFile, editedText)
	if err != nil {
		t.Fatalf("ddl.ParseSQL of %s edited by %s: %v", name, editPath, err)
	}

	// Start from a copy of the kept corpus database; clone it before
	// anything else connects to it (a template must have no session).
	db := pgtest.CloneDB(t, pgtest.CorpusDatabase(t, name, file))
	live, err := inspect.Live(ctx, db.Conn, inspect.Options{})
	if err != nil {
		t.Fatalf("inspect.Live of the clone of corpus %s: %v", name, err)
	}

	// The edited file must load into PostgreSQL, and its parsed model
	// must be what PostgreSQL holds then.
	start := time.Now()
	loaded := pgtest.NewDB(t)
	if err := pgtest.RunPSQL(loaded.URL, "", editedFile); err != nil {
		t.Fatalf("the edited %s (%s) does not load into PostgreSQL: %v", name, editPath, err)
	}
	editedLive, err := inspect.Live(ctx, loaded.Conn, inspect.Options{})
	if err != nil {
		t.Fatalf("inspect.Live of the edited %s: %v", name, err)
	}
	t.Logf("%s: the edited file loaded in %s", name, time.Since(start).Round(time.Millisecond))

	original, edited := origRes.DB, editedRes.DB
	if needsDatabase(origRes.Unsupported) || needsDatabase(editedRes.Unsupported) {
		original, edited = live, editedLive
		t.Logf("%s: models read from databases (the file has CREATE TABLE ... AS)", name)
	} else if d := cmp.Diff(edited, editedLive); d != "" {
		t.Fatalf("%s: the parsed model of the edited file differs from the database it loads into (a parse or inspect difference, not a plan one; -parsed +live):\n%s",
			name, clipDiff(t, name+" edited parse", d))
	}

	// original -> edited, on the clone.
	migrated := runCorpusEdit(t, db, live, edited, name+" -> edited")
	// edited -> original.
	runCorpusEdit(t, db, migrated, original, "edited -> "+name)
}

// runCorpusEdit plans from the model of db (from) to want, executes the
// plan on db and checks the result (inspectAndCompare); it returns the
// inspected model. On failure the plan is printed, clipped.
func runCorpusEdit(t *testing.T, db *pgtest.DB, from, want *schema.Database, what string) *schema.Database {
	t.Helper()
	start := time.Now()
	p := buildCorpusPlan(t, from, want, what)
	planned := time.Since(start)
	printed := false
	printPlan := func() {
		if !printed {
			printed = true
			t.Logf("%s: the plan (%d steps):\n%s", what, len(p.Steps), clipDiff(t, what+" plan", p.SQL()))
		}
	}
	t.Cleanup(func() {
		if t.Failed() {
			printPlan()
		}
	})
	start = time.Now()
	if err := execCorpusPlan(t, db, p); err != nil {
		printPlan()
		t.Fatalf("%s: executing the plan: %v", what, err)
	}
	t.Logf("%s: %d steps, planned in %s, executed in %s", what, len(p.Steps), planned.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	if testing.Verbose() {
		t.Logf("%s: the plan:\n%s", what, clipDiff(t, what+" plan", p.SQL()))
		printed = true
	}
	return inspectAndCompare(t, db, want, what)
}

// Markers of the blocks of a corpus edit file.
const (
	editReplace = "-- replace --"
	editWith    = "-- with --"
	editAppend  = "-- append --"
)

// applyCorpusEdit applies the edit file at path (text edit, in the format
// described at the top of this file) to the corpus text orig.
func applyCorpusEdit(path, edit, orig string) (string, error) {
	type block struct {
		marker string
		line   int
		lines  []string
	}
	var blocks []*block
	sawComment := false
	for i, line := range strings.Split(edit, "\n") {
		switch l := strings.TrimRight(line, " \t\r"); l {
		case editReplace, editWith, editAppend:
			blocks = append(blocks, &block{marker: l, line: i + 1})
			continue
		}
		if len(blocks) == 0 {
			if strings.HasPrefix(line, "--") {
				sawComment = true
			} else if strings.TrimSpace(line) != "" {
				return "", fmt.Errorf("%s:%d: before the first %q block only comment lines may come", path, i+1, editReplace)
			}
			continue
		}
		b := blocks[len(blocks)-1]
		b.lines = append(b.lines, line)
	}
	if !sawComment {
		return "", fmt.Errorf("%s: the file must start with comment lines saying what the edit exercises", path)
	}
	text := func(b *block) string {
		lines := b.lines
		for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
			lines = lines[1:]
		}
		for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
			lines = lines[:len(lines)-1]
		}
		return strings.Join(lines, "\n")
	}
	out := orig
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		switch b.marker {
		case editAppend:
			if i != len(blocks)-1 {
				return "", fmt.Errorf("%s:%d: the %q block must be the last", path, b.line, editAppend)
			}
			out = strings.TrimRight(out, "\n") + "\n\n" + text(b) + "\n"
		case editWith:
			return "", fmt.Errorf("%s:%d: %q without a %q block before it", path, b.line, editWith, editReplace)
		case editReplace:
			if i+1 == len(blocks) || blocks[i+1].marker != editWith {
				return "", fmt.Errorf("%s:%d: %q must be followed by a %q block", path, b.line, editReplace, editWith)
			}
			old, repl := text(b), text(blocks[i+1])
			if old == "" {
				return "", fmt.Errorf("%s:%d: empty %q block", path, b.line, editReplace)
			}
			if n := strings.Count(out, old); n != 1 {
				return "", fmt.Errorf("%s:%d: the %q text occurs %d times in the corpus file (at this point of the edit), it must occur exactly once: make it longer or fix it:\n%s",
					path, b.line, editReplace, n, old)
			}
			out = strings.Replace(out, old, repl, 1)
			i++
		}
	}
	return out, nil
}
