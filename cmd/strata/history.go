package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/stratadb/strata/apply"
)

var historyCommand = &command{
	name:    "history",
	summary: "list the revisions strata apply recorded in a database",
	usage: `Usage: strata history --url URL [--format text|json]

Lists the revisions recorded in the database at URL by strata apply and
strata rollback (table strata.revisions), newest first: the revision ID,
when and by whom it was applied, its kind (apply or rollback), the
compatibility class of the plan that ran, its label, its fingerprint and
the Strata version. Each revision also holds the full schema and the plan;
strata rollback --to ID|LABEL restores one.

Flags:
  --url URL        the database (required)
  --format FORMAT  text (default): a table; json: an array of revisions
                   (id, label, fingerprint, class, kind, applied_by,
                   applied_at, version)

Examples:
  strata history --url postgres://deploy@db:5432/app
  strata history --url postgres://deploy@db:5432/app --format json
`,
	run: runHistory,
}

func runHistory(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("history")
	var dbURL string
	format := &choice{value: "text", allowed: []string{"text", "json"}}
	fs.StringVar(&dbURL, "url", "", "")
	fs.Var(format, "format", "")
	positional, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(positional) > 0 {
		return &usageError{msg: fmt.Sprintf("unexpected argument %q: give the database with --url", positional[0])}
	}
	if dbURL == "" {
		return &usageError{msg: "--url URL is required"}
	}
	src, err := parseSource(dbURL)
	if err != nil {
		return err
	}
	if src.url == "" {
		return &usageError{msg: fmt.Sprintf("--url %q is not a database URL: give a postgres:// or postgresql:// URL", dbURL)}
	}
	e.secrets = append(e.secrets, src.secrets()...)
	conn, err := connect(ctx, dbURL, "strata history")
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	revs, err := apply.History(ctx, conn)
	if err != nil {
		return interrupted(ctx, err)
	}
	var out []byte
	if format.value == "json" {
		if revs == nil {
			revs = []apply.Revision{}
		}
		if out, err = marshalJSON(revs); err != nil {
			return fmt.Errorf("encoding the history: %w", err)
		}
	} else {
		out = []byte(historyText(revs))
	}
	if _, err := e.stdout.Write(out); err != nil {
		return fmt.Errorf("writing the output: %w", err)
	}
	return nil
}

// historyText prints revisions as an aligned table.
func historyText(revs []apply.Revision) string {
	if len(revs) == 0 {
		return "No revisions: nothing was applied to this database with strata apply.\n"
	}
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tAPPLIED AT\tKIND\tCLASS\tLABEL\tFINGERPRINT\tAPPLIED BY\tVERSION")
	for _, r := range revs {
		class, label := r.Class, r.Label
		if class == "" {
			class = "-"
		}
		if label == "" {
			label = "-"
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.ID, r.AppliedAt.UTC().Format(time.RFC3339), r.Kind, class, label,
			shortFingerprint(r.Fingerprint), r.AppliedBy, r.Version)
	}
	w.Flush()
	return b.String()
}

// shortFingerprint keeps the first 12 hex digits of a fingerprint, enough
// to tell revisions apart (strata history --format json prints all).
func shortFingerprint(fp string) string {
	const keep = len("sha256:") + 12
	if len(fp) > keep {
		return fp[:keep]
	}
	return fp
}
