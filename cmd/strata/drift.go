package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/stratadb/strata/apply"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

var driftCommand = &command{
	name:    "drift",
	summary: "say whether a database still has the schema it should have",
	usage: `Usage: strata drift --url URL [--to SRC] [--format text|json|markdown] [--dev-url URL]

Reads the schema of the database at --url and compares it with the schema
it should have: SRC when --to is given, otherwise the model of the latest
revision strata apply or strata rollback recorded in the database (see
strata history). Every difference is a change made outside strata: it is
listed as the change that turned the expected schema into the live one.
The schema "strata" (the history) is never compared.

Flags:
  --url URL        the database to check (required)
  --to SRC         the expected schema: a database URL, or a .sql file or a
                   directory of them; default: the latest recorded revision
  --format FORMAT  text (default): a summary line and one line per change;
                   json: {"drift", "expected", "live", "against", "count",
                   "changes": [{"kind", "object", "description"}]};
                   markdown: a report for an issue or a pull request
  --dev-url URL    read the SQL files of --to through a temporary database
                   on the server of URL instead of offline

Exit status: 0 when the database has the expected schema, 1 when it
drifted (the differences are printed), 2 on error (no revision recorded and
no --to, an unreachable database, bad input).

Examples:
  strata drift --url postgres://postgres@127.0.0.1:5432/app
  strata drift --url postgres://postgres@127.0.0.1:5432/app --to schema/ --format json
`,
	run: runDrift,
}

// driftReport is the result of strata drift, and its JSON form.
type driftReport struct {
	// Drift is true when the live schema differs from the expected one.
	Drift bool `json:"drift"`
	// Expected is the fingerprint of the expected schema.
	Expected string `json:"expected"`
	// Live is the fingerprint of the live schema.
	Live string `json:"live"`
	// Against says what the expected schema is: "revision 3 (label v2,
	// applied ...)" or the --to argument (without its password).
	Against string `json:"against"`
	// Count is the number of changes, counting each sub-change of an
	// altered table (and its own table-level change, if any) as one.
	Count int `json:"count"`
	// Changes turn the expected schema into the live one.
	Changes []changeJSON `json:"changes"`
}

func runDrift(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("drift")
	var dbURL, to string
	var dev devURLFlag
	format := &choice{value: "text", allowed: []string{"text", "json", "markdown"}}
	fs.StringVar(&dbURL, "url", "", "")
	fs.StringVar(&to, "to", "", "")
	fs.Var(format, "format", "")
	dev.register(fs)
	positional, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(positional) != 0 {
		return &usageError{msg: fmt.Sprintf("unexpected argument %q: give the database with --url and the expected schema with --to", positional[0])}
	}
	target, err := targetURL(e, "url", dbURL)
	if err != nil {
		return err
	}
	if err := dev.check(e); err != nil {
		return err
	}
	var expected *schema.Database
	var against string
	if to != "" {
		src, err := parseSource(to)
		if err != nil {
			return err
		}
		e.secrets = append(e.secrets, src.secrets()...)
		src.dev = dev.url
		src.role = connectionRole(target) // the files were applied as that user
		if expected, err = loadSource(ctx, src, nil, e.stderr); err != nil {
			return fmt.Errorf("reading --to: %w", err)
		}
		against = e.scrub(to)
	} else if dev.url != "" {
		return &usageError{msg: "--dev-url reads the SQL files of --to: give --to SRC, or leave out --dev-url to compare with the latest revision"}
	}

	conn, err := connect(ctx, target, "strata drift")
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if expected == nil {
		rev, err := apply.Latest(ctx, conn)
		if err != nil {
			return interrupted(ctx, fmt.Errorf("reading the latest revision: %w", err))
		}
		if rev == nil {
			return fmt.Errorf("no revision recorded in this database (%s is missing or empty): nothing to compare with; "+
				"give the expected schema with --to SRC, or apply one with strata apply", apply.HistoryTable)
		}
		expected = rev.Model
		against = describeRevision(rev)
	}
	live, err := apply.Inspect(ctx, conn) // without the history schema
	if err != nil {
		return interrupted(ctx, err)
	}
	changes := diff.Compare(expected, live)
	r := driftReport{
		Drift:    !changes.Empty(),
		Expected: schema.Fingerprint(expected),
		Live:     schema.Fingerprint(live),
		Against:  against,
		Changes:  []changeJSON{},
	}
	for _, c := range changes.List {
		r.Changes = append(r.Changes, describe(c))
		r.Count++
		if t, ok := c.(diff.AlterTable); ok && len(t.Changes) > 0 {
			r.Count += len(t.Changes)
			if t.Change == 0 {
				r.Count-- // the table itself did not change
			}
		}
	}
	var out []byte
	switch format.value {
	case "json":
		if out, err = marshalJSON(r); err != nil {
			return fmt.Errorf("encoding the report: %w", err)
		}
	case "markdown":
		out = []byte(r.markdown())
	default:
		out = []byte(r.text())
	}
	if _, err := e.stdout.Write(out); err != nil {
		return fmt.Errorf("writing the output: %w", err)
	}
	if r.Drift {
		return errDifferences
	}
	return nil
}

// targetURL checks the database URL of flag name (required), records its
// password as a secret and returns it.
func targetURL(e *env, name, arg string) (string, error) {
	if arg == "" {
		return "", &usageError{msg: fmt.Sprintf("--%s URL is required: the database to work on", name)}
	}
	src, err := parseSource(arg)
	if err != nil {
		return "", err
	}
	if src.url == "" {
		return "", &usageError{msg: fmt.Sprintf("--%s %q is not a database URL: give a postgres:// or postgresql:// URL", name, arg)}
	}
	e.secrets = append(e.secrets, src.secrets()...)
	return src.url, nil
}

// describeRevision names a revision for people: "revision 3 (label v2)",
// or "revision 3" without a label. strata history shows who applied it
// and when.
func describeRevision(r *apply.Revision) string {
	if r.Label == "" {
		return fmt.Sprintf("revision %d", r.ID)
	}
	return fmt.Sprintf("revision %d (label %s)", r.ID, r.Label)
}

// changeLines prints the changes one per line, indented, with the
// sub-changes of an altered table below it.
func changeLines(b *strings.Builder, list []changeJSON, indent string) {
	for _, c := range list {
		fmt.Fprintf(b, "%s%s\n", indent, c.Description)
		changeLines(b, c.Changes, indent+"  ")
	}
}

func (r driftReport) text() string {
	var b strings.Builder
	if !r.Drift {
		fmt.Fprintf(&b, "no drift: the database has the schema of %s (%s)\n", r.Against, r.Live)
		return b.String()
	}
	noun := "changes"
	if r.Count == 1 {
		noun = "change"
	}
	fmt.Fprintf(&b, "drift: the database differs from %s: %d %s made outside strata\n", r.Against, r.Count, noun)
	fmt.Fprintf(&b, "  expected %s\n  live     %s\n", r.Expected, r.Live)
	changeLines(&b, r.Changes, "  ")
	return b.String()
}

func (r driftReport) markdown() string {
	var b strings.Builder
	b.WriteString("## Schema drift\n\n")
	if !r.Drift {
		fmt.Fprintf(&b, "No drift: the database has the schema of %s (`%s`).\n", r.Against, r.Live)
		return b.String()
	}
	fmt.Fprintf(&b, "The database differs from %s: **%d change(s) made outside strata**.\n\n", r.Against, r.Count)
	fmt.Fprintf(&b, "| | fingerprint |\n|---|---|\n| expected | `%s` |\n| live | `%s` |\n\n", r.Expected, r.Live)
	b.WriteString("| change | object |\n|---|---|\n")
	var rows func(list []changeJSON, prefix string)
	rows = func(list []changeJSON, prefix string) {
		for _, c := range list {
			fmt.Fprintf(&b, "| %s%s | `%s` |\n", prefix, mdCell(c.Description), mdCell(c.Object))
			rows(c.Changes, prefix+"↳ ")
		}
	}
	rows(r.Changes, "")
	return b.String()
}

// mdCell makes s safe inside a markdown table cell.
func mdCell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", " ")
}
