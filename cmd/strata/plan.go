package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/plan"
)

var planCommand = &command{
	name:    "plan",
	summary: "print the ordered DDL that turns one schema into another",
	usage: `Usage: strata plan --from SRC --to SRC [--format sql|json|markdown] [--out FILE] [--concurrently]
                   [--dev-url URL] [--phase expand|contract] [--verify]

Reads the schemas at --from and --to and prints the plan that migrates the
first to the second: the DDL steps in dependency order. The same schemas
always give the same plan. Backward is not special: swap --from and --to.

SRC is a database URL (postgres://user:password@host:port/dbname or
postgresql://...) or the path of a .sql file or of a directory, whose .sql
files are read recursively in path order, as for strata inspect.

Flags:
  --from SRC       the schema as it is (required)
  --to SRC         the schema as it should be (required)
  --format FORMAT  sql (default): an executable script; a statement that
                   cannot run inside a transaction is preceded by the line
                   "-- strata: not transactional";
                   json: the plan artifact (format_version, the from and to
                   fingerprints, class, findings, and the steps with their
                   change, dependencies and class);
                   markdown: a report for a pull request
                   Every format carries lint's findings and compatibility
                   class (see strata lint; in sql as comments above each step)
  --phase PHASE    only the expand steps (PATCH and MINOR: run before the new
                   application version rolls out) or the contract steps
                   (MAJOR and what depends on them: run after the previous
                   version is gone)
  --lint-config FILE, --disable CODE, --severity CODE=LEVEL, --no-data
                   configure the findings as for strata lint
  --out FILE       also write the plan artifact (JSON) to FILE
  --concurrently   create and drop indexes of existing tables with
                   CONCURRENTLY (steps that cannot run in a transaction)
  --dev-url URL    read SQL files through a temporary database created on
                   the server of URL (loaded, inspected, always dropped),
                   instead of offline; needed for CREATE TABLE ... AS
  --verify         before printing, try the whole plan (both phases) on a
                   shadow database: a temporary database on the --dev-url
                   server (required) gets a copy of the --from schema (no
                   rows), the plan runs there as strata apply runs it, and
                   the result must equal --to; it is always dropped. On
                   failure the plan is still printed, the failing step or
                   the differences left go to standard error, and strata
                   exits 2

Examples:
  strata plan --from postgres://postgres@127.0.0.1:5432/app --to schema/
  strata plan --from old.sql --to new.sql --format json
  strata plan --from postgres://postgres@127.0.0.1:5432/app --to schema/ --out plan.json
`,
	run: runPlan,
}

func runPlan(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("plan")
	var src fromTo
	var out string
	var concurrently, verify bool
	format := &choice{value: "sql", allowed: []string{"sql", "json", "markdown"}}
	phase := &choice{allowed: []string{"expand", "contract"}}
	var lf lintFlags
	lf.register(fs)
	fs.Var(phase, "phase", "")
	src.register(fs)
	fs.BoolVar(&concurrently, "concurrently", false, "")
	fs.BoolVar(&verify, "verify", false, "")
	fs.StringVar(&out, "out", "", "")
	fs.Var(format, "format", "")
	positional, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if verify && src.dev.url == "" {
		return &usageError{msg: "--verify needs --dev-url URL: the server where strata may create the shadow database"}
	}
	a, b, err := src.load(ctx, e, positional)
	if err != nil {
		return err
	}
	roles, err := serverRoles(ctx, src.from) // grantees must exist (roles.go)
	if err != nil {
		return err
	}
	p, err := plan.Build(diff.Compare(a, b), plan.Options{Concurrently: concurrently, Roles: roles})
	if err != nil {
		return fmt.Errorf("planning: %w", err)
	}
	var verifyFailed error
	if verify {
		summary, err := verifyPlan(ctx, src.dev.url, a, b, p, nil)
		var ve *verifyError
		switch {
		case errors.As(err, &ve):
			verifyFailed = err // reported after the plan is printed
		case err != nil:
			return err
		default:
			fmt.Fprintln(e.stderr, summary)
		}
	}
	text, artifact, err := planOutput(ctx, e, &lf, src, phase.value, format.value, p)
	if err != nil {
		return err
	}
	if out != "" {
		if err := os.WriteFile(out, artifact, 0o644); err != nil {
			return fmt.Errorf("writing the plan: %w", err)
		}
	}
	if _, err := e.stdout.Write(text); err != nil {
		return fmt.Errorf("writing the output: %w", err)
	}
	return verifyFailed
}
