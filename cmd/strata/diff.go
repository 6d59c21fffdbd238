package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"unicode"

	"github.com/stratadb/strata/diff"
)

// exitDifferences is the exit code of strata diff when the two schemas
// differ, like diff(1).
const exitDifferences = 1

// errDifferences is returned by a command whose job succeeded but found
// differences; Run turns it into exitDifferences without printing anything.
var errDifferences = errors.New("the schemas differ")

var diffCommand = &command{
	name:    "diff",
	summary: "list the changes between two schemas",
	usage: `Usage: strata diff --from SRC --to SRC [--format text|json] [--dev-url URL]

Reads the schemas at --from and --to and prints the changes that turn the
first into the second, one per line. Objects are matched by qualified name:
a renamed object is a drop and an add.

SRC is a database URL (postgres://user:password@host:port/dbname or
postgresql://...) or the path of a .sql file or of a directory, whose .sql
files are read recursively in path order, as for strata inspect.

Flags:
  --from SRC       the schema as it is (required)
  --to SRC         the schema as it should be (required)
  --format FORMAT  text (default): one line per change;
                   json: an array of {"kind", "object", "description"},
                   with the column, constraint and index changes of an
                   altered table under "changes"
  --dev-url URL    read SQL files through a temporary database created on
                   the server of URL (loaded, inspected, always dropped),
                   instead of offline; needed for CREATE TABLE ... AS

Exit status: 0 when the schemas are the same, 1 when they differ, 2 on
error.

Examples:
  strata diff --from postgres://postgres@127.0.0.1:5432/app --to schema/
  strata diff --from old.sql --to new.sql --format json
`,
	run: runDiff,
}

func runDiff(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("diff")
	var src fromTo
	format := &choice{value: "text", allowed: []string{"text", "json"}}
	src.register(fs)
	fs.Var(format, "format", "")
	positional, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	a, b, err := src.load(ctx, e, positional)
	if err != nil {
		return err
	}
	changes := diff.Compare(a, b)
	var out []byte
	switch format.value {
	case "text":
		var s strings.Builder
		for _, c := range changes.List {
			s.WriteString(c.String())
			s.WriteByte('\n')
		}
		out = []byte(s.String())
	case "json":
		list := make([]changeJSON, len(changes.List))
		for i, c := range changes.List {
			list[i] = describe(c)
		}
		if out, err = marshalJSON(list); err != nil {
			return fmt.Errorf("encoding the changes: %w", err)
		}
	}
	if _, err := e.stdout.Write(out); err != nil {
		return fmt.Errorf("writing the output: %w", err)
	}
	if !changes.Empty() {
		return errDifferences
	}
	return nil
}

// changeJSON is one change in strata diff --format json.
type changeJSON struct {
	// Kind is the verb and object kind, e.g. "add column".
	Kind string `json:"kind"`
	// Object is the qualified name of the object changed, e.g.
	// "public.users.email".
	Object string `json:"object"`
	// Description is the one-line description (Change.String).
	Description string `json:"description"`
	// Changes are the sub-changes of an altered table.
	Changes []changeJSON `json:"changes,omitempty"`
}

// describe returns the JSON form of c.
func describe(c diff.Change) changeJSON {
	j := changeJSON{Kind: changeKind(c), Object: c.ObjectName(), Description: c.String()}
	if t, ok := c.(diff.AlterTable); ok {
		j.Description = "alter table " + t.To.QName().String()
		if t.Change != 0 {
			j.Description += ": " + t.Change.String()
		}
		for _, sub := range t.Changes {
			j.Changes = append(j.Changes, describe(sub))
		}
	}
	return j
}

// changeKind spells the name of c's type in words: AddColumn is "add
// column".
func changeKind(c diff.Change) string {
	t := reflect.TypeOf(c)
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var b strings.Builder
	for i, r := range t.Name() {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte(' ')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// marshalJSON encodes v indented by two spaces, with a final newline and
// without escaping <, > and & (SQL and descriptions are full of them).
func marshalJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
