package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/devdb"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/plan"
	"github.com/stratadb/strata/schema"
)

// verifyBatch bounds the transactional steps run in one transaction on the
// shadow database, as apply does: a plan that creates a large schema takes
// more locks than max_locks_per_transaction allows in one transaction.
const verifyBatch = 500

// verifyDropTimeout bounds dropping the shadow database, which runs on a
// fresh context so that it happens after a cancellation too.
const verifyDropTimeout = 30 * time.Second

// verifyError is a failed strata plan --verify: the plan is still printed,
// then strata exits 2 with this message.
type verifyError struct{ msg string }

func (v *verifyError) Error() string { return v.msg }

// verifyPlan checks plan p from model from to model to on a shadow
// database: it creates a temporary database on the server of devURL
// (named like devdb's, always dropped, also on Ctrl-C), recreates from in
// it (ddl.Render, statement by statement), checks that the copy inspects
// as from, runs p's steps the way apply does (transactional steps
// together, in batches of verifyBatch; the others one by one), inspects
// again and checks that the result is to. It returns a one-line summary
// on success, a *verifyError when the plan fails or does not converge,
// and another error when the shadow database cannot be made. created, when
// not nil, is called with the shadow database's name once it exists.
func verifyPlan(ctx context.Context, devURL string, from, to *schema.Database, p *plan.Plan, created func(name string)) (summary string, err error) {
	admin, err := pgx.ParseConfig(devURL)
	if err != nil {
		return "", fmt.Errorf("--verify: invalid --dev-url: %w", err)
	}
	if admin.ConnectTimeout == 0 {
		admin.ConnectTimeout = connectTimeout
	}
	if _, ok := admin.RuntimeParams["application_name"]; !ok {
		admin.RuntimeParams["application_name"] = "strata plan --verify"
	}
	var suffix [6]byte
	if _, err := rand.Read(suffix[:]); err != nil {
		return "", fmt.Errorf("--verify: naming the shadow database: %w", err)
	}
	name := devdb.NamePrefix + "verify_" + hex.EncodeToString(suffix[:])
	conn, err := pgx.ConnectConfig(ctx, admin)
	if err != nil {
		return "", interrupted(ctx, fmt.Errorf("--verify: connecting to the dev server: %w", err))
	}
	_, err = conn.Exec(ctx, "CREATE DATABASE "+schema.QuoteIdent(name)+" TEMPLATE template0")
	conn.Close(context.WithoutCancel(ctx))
	if err != nil {
		return "", interrupted(ctx, fmt.Errorf("--verify: creating the shadow database %s on the dev server (the --dev-url role needs CREATEDB): %w", name, err))
	}
	defer func() {
		if derr := dropShadow(context.WithoutCancel(ctx), admin, name); derr != nil {
			err = errors.Join(err, derr)
		}
	}()
	if created != nil {
		created(name)
	}
	cfg := admin.Copy()
	cfg.Database = name
	shadow, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return "", interrupted(ctx, fmt.Errorf("--verify: connecting to the shadow database %s: %w", name, err))
	}
	defer shadow.Close(context.WithoutCancel(ctx))

	if err := loadCopy(ctx, shadow, from); err != nil {
		return "", interrupted(ctx, err)
	}
	copied, err := inspect.Live(ctx, shadow, inspect.Options{})
	if err != nil {
		return "", interrupted(ctx, fmt.Errorf("--verify: inspecting the shadow copy of --from: %w", err))
	}
	if d := diff.Compare(from, copied); !d.Empty() {
		return "", &verifyError{msg: "--verify: the shadow copy of --from does not match it, so the plan cannot be verified " +
			"(a schema Strata cannot recreate exactly: please report it). Differences:" + changeList(d)}
	}
	if err := runSteps(ctx, shadow, p); err != nil {
		return "", interrupted(ctx, err)
	}
	after, err := inspect.Live(ctx, shadow, inspect.Options{})
	if err != nil {
		return "", interrupted(ctx, fmt.Errorf("--verify: inspecting the shadow database after the plan: %w", err))
	}
	if d := diff.Compare(after, to); !d.Empty() {
		return "", &verifyError{msg: fmt.Sprintf("--verify: the plan ran on a shadow copy of --from but did not reach --to: "+
			"%d difference(s) remain (a bug in Strata's plan: please report it with the schemas):%s", len(d.List), changeList(d))}
	}
	return fmt.Sprintf("strata: --verify: the plan (%d steps) converges: it ran on a shadow copy of --from and the result equals --to", len(p.Steps)), nil
}

// loadCopy recreates model from on the empty database conn, statement by
// statement, as psql would run the DDL strata inspect --format sql prints.
func loadCopy(ctx context.Context, conn *pgx.Conn, from *schema.Database) error {
	dir, err := os.MkdirTemp("", "strata-verify-")
	if err != nil {
		return fmt.Errorf("--verify: %w", err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "from.sql")
	if err := os.WriteFile(path, []byte(ddl.Render(from)), 0o600); err != nil {
		return fmt.Errorf("--verify: writing the DDL of --from: %w", err)
	}
	stmts, err := ddl.SplitFiles(path)
	if err != nil {
		return fmt.Errorf("--verify: splitting the DDL of --from: %w", err)
	}
	for _, st := range stmts {
		if _, err := conn.PgConn().Exec(ctx, st.SQL).ReadAll(); err != nil {
			return &verifyError{msg: fmt.Sprintf("--verify: recreating --from on the shadow database failed (a schema Strata cannot "+
				"recreate: please report it): %s\n  %s", pgMessage(err), st.SQL)}
		}
	}
	return nil
}

// runSteps runs the steps of p on conn as apply does: consecutive
// transactional steps in one transaction (at most verifyBatch of them),
// every other step alone.
func runSteps(ctx context.Context, conn *pgx.Conn, p *plan.Plan) error {
	steps := p.Steps
	fail := func(i int, err error) error {
		s := steps[i]
		return &verifyError{msg: fmt.Sprintf("--verify: step %d of %d (%s %s) failed on the shadow copy of --from: %s\n  %s\n"+
			"the plan would fail the same way on the target (the shadow copy has the schema of --from but none of its rows)",
			i+1, len(steps), s.Kind, s.Object, pgMessage(err), s.SQL)}
	}
	for i := 0; i < len(steps); {
		if !steps[i].Transactional {
			if _, err := conn.Exec(ctx, steps[i].SQL); err != nil {
				return fail(i, err)
			}
			i++
			continue
		}
		tx, err := conn.Begin(ctx)
		if err != nil {
			return fmt.Errorf("--verify: starting a transaction on the shadow database: %w", err)
		}
		n := 0
		for ; i < len(steps) && steps[i].Transactional && n < verifyBatch; i, n = i+1, n+1 {
			if _, err := tx.Exec(ctx, steps[i].SQL); err != nil {
				tx.Rollback(context.WithoutCancel(ctx))
				return fail(i, err)
			}
		}
		if err := tx.Commit(ctx); err != nil {
			return fail(i-1, err)
		}
	}
	return nil
}

// pgMessage prints a PostgreSQL error with its SQLSTATE and detail.
func pgMessage(err error) string {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return err.Error()
	}
	s := fmt.Sprintf("%s: %s (SQLSTATE %s)", pe.Severity, pe.Message, pe.Code)
	if pe.Detail != "" {
		s += "; detail: " + pe.Detail
	}
	return s
}

// changeList prints the changes of d, one per indented line, at most 20.
func changeList(d diff.Changes) string {
	const max = 20
	var b strings.Builder
	for i, c := range d.List {
		if i == max {
			fmt.Fprintf(&b, "\n  ... and %d more", len(d.List)-max)
			break
		}
		b.WriteString("\n  ")
		b.WriteString(c.String())
	}
	return b.String()
}

// dropShadow drops the shadow database name on a fresh connection.
func dropShadow(ctx context.Context, admin *pgx.ConnConfig, name string) error {
	ctx, cancel := context.WithTimeout(ctx, verifyDropTimeout)
	defer cancel()
	conn, err := pgx.ConnectConfig(ctx, admin)
	if err != nil {
		return fmt.Errorf("--verify: dropping the shadow database %s: drop it by hand: %w", name, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+schema.QuoteIdent(name)+" WITH (FORCE)"); err != nil {
		return fmt.Errorf("--verify: dropping the shadow database %s: drop it by hand: %w", name, err)
	}
	return nil
}
