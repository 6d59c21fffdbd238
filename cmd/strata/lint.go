package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/lint"
	"github.com/stratadb/strata/lint/pgdata"
	"github.com/stratadb/strata/plan"
)

// errFindings is returned by strata lint when findings reach the fail-on
// level; Run turns it into exit status 1 without printing anything more.
var errFindings = errors.New("findings reach the fail-on level")

// defaultLintConfig is the configuration file read when --lint-config is
// not given, if it exists.
const defaultLintConfig = "strata-lint.json"

var lintCommand = &command{
	name:    "lint",
	summary: "say what a plan risks: findings, compatibility class, phases",
	usage: `Usage: strata lint --from SRC --to SRC [--format text|json|markdown] [--fail-on LEVEL]
       strata lint --plan FILE [--format text|json|markdown] [--fail-on LEVEL]

Plans the migration from --from to --to (or reads the plan artifact FILE
written by strata plan --out) and judges every step: destructive (data is
lost), data-dependent (may fail on existing rows), locking (long locks,
rewrites of existing tables) and backward-incompatible (the application
version running now breaks). Each finding has a stable code (docs/lint.md).
The plan gets a compatibility class: PATCH (invisible to the application),
MINOR (additive: the previous version keeps working) or MAJOR (the previous
version breaks), and a forward-compatibility verdict (can the new version run
on the old schema). When --from is a database, bounded read-only queries
refine the findings (NULL and duplicate counts, empty tables, table sizes).

Flags:
  --from SRC           the schema as it is
  --to SRC             the schema as it should be; "-- strata:allow CODE reason"
                       comments on its statements acknowledge findings
  --plan FILE          lint a plan artifact instead of --from and --to
  --format FORMAT      text (default), json or markdown
  --fail-on LEVEL      exit 1 when a finding is at least error (default) or
                       warning, or a step is at least MAJOR, MINOR or PATCH
  --lint-config FILE   configuration (JSON; default strata-lint.json if it
                       exists): {"disable": [CODE...], "severity": {CODE:
                       LEVEL}, "fail_on": LEVEL}
  --disable CODE       leave out the findings of CODE (repeatable)
  --severity CODE=LEVEL  set the severity of CODE to error, warning or info
                       (repeatable)
  --no-data            do not query the rows of a --from database
  --concurrently       plan index changes with CONCURRENTLY
  --dev-url URL        read SQL files through a temporary database on URL

Exit status: 0 when nothing reaches the fail-on level, 1 when something
does, 2 on error.

Examples:
  strata lint --from postgres://postgres@127.0.0.1:5432/app --to schema/
  strata lint --from old.sql --to new.sql --format markdown --fail-on MAJOR
  strata lint --plan plan.json --format json
`,
	run: runLint,
}

// lintFlags are the flags lint and plan share.
type lintFlags struct {
	config   string
	disable  stringList
	severity stringList
	noData   bool
}

// register adds --lint-config, --disable, --severity and --no-data to fs.
func (l *lintFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&l.config, "lint-config", "", "")
	fs.Var(&l.disable, "disable", "")
	fs.Var(&l.severity, "severity", "")
	fs.BoolVar(&l.noData, "no-data", false, "")
}

// options reads the configuration and the flags, and the strata:allow
// comments of the SQL files at to (if to is files). It returns the
// configured fail-on level too ("" when the configuration sets none).
func (l *lintFlags) options(to string) (lint.Options, string, error) {
	var cfg lint.Config
	path := l.config
	if path == "" {
		if _, err := os.Stat(defaultLintConfig); err == nil {
			path = defaultLintConfig
		}
	}
	if path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return lint.Options{}, "", fmt.Errorf("reading the lint configuration: %w", err)
		}
		if cfg, err = lint.ParseConfig(data); err != nil {
			return lint.Options{}, "", fmt.Errorf("%s: %w", path, err)
		}
	}
	opts := cfg.Options()
	for _, code := range l.disable {
		if err := lint.CheckCode(code); err != nil {
			return lint.Options{}, "", &usageError{msg: "--disable: " + err.Error()}
		}
		opts.Disabled = append(opts.Disabled, code)
	}
	for _, s := range l.severity {
		code, level, ok := strings.Cut(s, "=")
		sev, valid := lint.ParseSeverity(level)
		if !ok || !valid {
			return lint.Options{}, "", &usageError{msg: fmt.Sprintf("--severity %q: give CODE=error, CODE=warning or CODE=info", s)}
		}
		if err := lint.CheckCode(code); err != nil {
			return lint.Options{}, "", &usageError{msg: "--severity: " + err.Error()}
		}
		opts.Severity[code] = sev
	}
	if to != "" {
		if src, err := parseSource(to); err == nil && src.path != "" {
			allows, err := ddl.Allowances(src.path)
			if err != nil {
				return lint.Options{}, "", err
			}
			for _, a := range allows {
				if err := lint.CheckCode(a.Code); err != nil {
					return lint.Options{}, "", fmt.Errorf("%s: strata:allow: %w", a.Pos, err)
				}
				opts.Allow = append(opts.Allow, lint.Allowance{Code: a.Code, Object: a.Object, Reason: a.Reason})
			}
		}
	}
	return opts, cfg.FailOn, nil
}

// judge lints p, refines the findings with the rows of the --from
// database when it is one (unless --no-data), and annotates p.
func (l *lintFlags) judge(ctx context.Context, e *env, from string, p *plan.Plan, opts lint.Options) (lint.Report, error) {
	r := lint.Check(p, opts)
	if src, err := parseSource(from); err == nil && src.url != "" && !l.noData && len(r.Findings) > 0 {
		if err := probe(ctx, src.url, &r); err != nil {
			return r, interrupted(ctx, fmt.Errorf("querying the rows of --from: %w", err))
		}
	}
	lint.Annotate(p, r)
	return r, nil
}

// probe runs the data-aware checks on the database at dbURL.
func probe(ctx context.Context, dbURL string, r *lint.Report) error {
	conn, err := connect(ctx, dbURL, "strata lint")
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	return r.Probe(ctx, pgdata.New(conn, 0))
}

func runLint(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("lint")
	var src fromTo
	var lf lintFlags
	var planFile, failOn string
	var concurrently bool
	format := &choice{value: "text", allowed: []string{"text", "json", "markdown"}}
	src.register(fs)
	lf.register(fs)
	fs.StringVar(&planFile, "plan", "", "")
	fs.StringVar(&failOn, "fail-on", "", "")
	fs.BoolVar(&concurrently, "concurrently", false, "")
	fs.Var(format, "format", "")
	positional, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if failOn != "" {
		if err := lint.CheckFailOn(failOn); err != nil {
			return &usageError{msg: "--fail-on: " + err.Error()}
		}
	}
	var p *plan.Plan
	var r lint.Report
	if planFile != "" {
		if src.from != "" || src.to != "" || len(positional) > 0 {
			return &usageError{msg: "--plan FILE is linted on its own: leave out --from, --to and arguments"}
		}
		data, err := os.ReadFile(planFile)
		if err != nil {
			return fmt.Errorf("reading the plan: %w", err)
		}
		if p, err = plan.ReadJSON(data); err != nil {
			return err
		}
		opts, cfgFailOn, err := lf.options("")
		if err != nil {
			return err
		}
		if failOn == "" {
			failOn = cfgFailOn
		}
		// Acknowledgements recorded in the artifact stay.
		for _, f := range p.Findings {
			if f.Allowed != "" {
				opts.Allow = append(opts.Allow, lint.Allowance{Code: f.Code, Object: f.Object, Reason: f.Allowed})
			}
		}
		r = lint.Check(p, opts)
		lint.Annotate(p, r)
	} else {
		a, b, err := src.load(ctx, e, positional)
		if err != nil {
			return err
		}
		if p, err = plan.Build(diff.Compare(a, b), plan.Options{Concurrently: concurrently}); err != nil {
			return fmt.Errorf("planning: %w", err)
		}
		opts, cfgFailOn, err := lf.options(src.to)
		if err != nil {
			return err
		}
		if failOn == "" {
			failOn = cfgFailOn
		}
		if r, err = lf.judge(ctx, e, src.from, p, opts); err != nil {
			return err
		}
	}
	if failOn == "" {
		failOn = string(lint.Error)
	}
	var out []byte
	switch format.value {
	case "json":
		if out, err = marshalJSON(lint.Summarize(p, r)); err != nil {
			return fmt.Errorf("encoding the report: %w", err)
		}
	case "markdown":
		out = []byte(lint.Markdown(p, r))
	default:
		out = []byte(lint.Text(p, r))
	}
	if _, err := e.stdout.Write(out); err != nil {
		return fmt.Errorf("writing the output: %w", err)
	}
	if r.Fails(failOn) {
		return errFindings
	}
	return nil
}

// planOutput lints p for strata plan, keeps the steps of phase (all when
// empty), and returns the output in format (sql, json or markdown) and
// the plan artifact (JSON).
func planOutput(ctx context.Context, e *env, lf *lintFlags, src fromTo, phase, format string, p *plan.Plan) (out, artifact []byte, err error) {
	opts, _, err := lf.options(src.to)
	if err != nil {
		return nil, nil, err
	}
	r, err := lf.judge(ctx, e, src.from, p, opts)
	if err != nil {
		return nil, nil, err
	}
	if phase != "" {
		p, r = lint.Split(p, r, phase)
	}
	artifact, err = marshalJSON(p)
	if err != nil {
		return nil, nil, fmt.Errorf("encoding the plan: %w", err)
	}
	switch format {
	case "json":
		out = artifact
	case "markdown":
		out = []byte(lint.Markdown(p, r))
	default:
		out = []byte(p.CommentedSQL())
	}
	return out, artifact, nil
}
