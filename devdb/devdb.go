// Package devdb reads SQL files through a development database: it creates
// a temporary database on a PostgreSQL server, runs the files in it,
// inspects the result with inspect.Live and drops the database again. It
// is how statements whose effect cannot be known offline (CREATE TABLE
// ... AS, SELECT ... INTO) are resolved, and how a schema is normalised by
// the server itself rather than by the offline parser.
package devdb

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/inspect"
	"github.com/stratadb/strata/schema"
)

// NamePrefix starts the name of every temporary database Load creates;
// the rest is random.
const NamePrefix = "strata_dev_"

// dropTimeout bounds dropping the temporary database, which runs on a
// fresh context so that it happens after a cancellation too.
const dropTimeout = 30 * time.Second

// Options tune Load.
type Options struct {
	// Inspect are the options of the inspection of the loaded database
	// (e.g. the schemas to read).
	Inspect inspect.Options
	// Created, when not nil, is called with the name of the temporary
	// database as soon as it exists (for diagnostics and tests).
	Created func(name string)
	// ConnectTimeout bounds each connection attempt when the URL does not
	// set connect_timeout; zero means 10 seconds.
	ConnectTimeout time.Duration
}

// Load creates a database named NamePrefix plus a random suffix on the
// server of devURL (connecting to the database the URL names, which must
// allow CREATE DATABASE), runs the statements of the SQL files at paths in
// it (in the order ddl.SplitFiles gives; SET search_path and the like
// apply to the statements that follow), and returns its schema as
// inspect.Live reads it. The temporary database is always dropped (WITH
// (FORCE)), on success, on error and when ctx is cancelled; the drop runs
// on a fresh connection and context. A failing statement is reported as
// a ddl.ErrorList entry at the statement's file:line:col.
func Load(ctx context.Context, devURL string, paths []string, opts Options) (db *schema.Database, err error) {
	stmts, err := ddl.SplitFiles(paths...)
	if err != nil {
		return nil, err
	}
	admin, err := config(devURL, opts)
	if err != nil {
		return nil, err
	}
	name, err := randomName()
	if err != nil {
		return nil, err
	}
	conn, err := pgx.ConnectConfig(ctx, admin)
	if err != nil {
		return nil, fmt.Errorf("connecting to the dev database server: %w", err)
	}
	_, err = conn.Exec(ctx, "CREATE DATABASE "+schema.QuoteIdent(name)+" TEMPLATE template0")
	conn.Close(context.WithoutCancel(ctx))
	if err != nil {
		return nil, fmt.Errorf("creating temporary database %s on the dev server: %w", name, err)
	}
	defer func() {
		if derr := drop(context.WithoutCancel(ctx), admin, name); derr != nil {
			err = errors.Join(err, derr)
		}
	}()
	if opts.Created != nil {
		opts.Created(name)
	}
	cfg := admin.Copy()
	cfg.Database = name
	dev, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connecting to temporary database %s: %w", name, err)
	}
	defer dev.Close(context.WithoutCancel(ctx))
	for _, st := range stmts {
		if _, err := dev.PgConn().Exec(ctx, st.SQL).ReadAll(); err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, statementError(st, err)
		}
	}
	db, err = inspect.Live(ctx, dev, opts.Inspect)
	if err != nil {
		return nil, fmt.Errorf("inspecting temporary database %s: %w", name, err)
	}
	return db, nil
}

// config parses devURL and fills in the defaults of a connection.
func config(devURL string, opts Options) (*pgx.ConnConfig, error) {
	cfg, err := pgx.ParseConfig(devURL)
	if err != nil {
		return nil, fmt.Errorf("invalid --dev-url: %w", err)
	}
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = opts.ConnectTimeout
		if cfg.ConnectTimeout == 0 {
			cfg.ConnectTimeout = 10 * time.Second
		}
	}
	if _, ok := cfg.RuntimeParams["application_name"]; !ok {
		cfg.RuntimeParams["application_name"] = "strata"
	}
	return cfg, nil
}

// drop drops the temporary database name on a fresh connection.
func drop(ctx context.Context, admin *pgx.ConnConfig, name string) error {
	ctx, cancel := context.WithTimeout(ctx, dropTimeout)
	defer cancel()
	conn, err := pgx.ConnectConfig(ctx, admin)
	if err != nil {
		return fmt.Errorf("dropping temporary database %s: drop it by hand: %w", name, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+schema.QuoteIdent(name)+" WITH (FORCE)"); err != nil {
		return fmt.Errorf("dropping temporary database %s: drop it by hand: %w", name, err)
	}
	return nil
}

// randomName returns NamePrefix and 12 random hex digits.
func randomName() (string, error) {
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("naming the temporary database: %w", err)
	}
	return NamePrefix + hex.EncodeToString(b[:]), nil
}

// statementError turns the server's error for statement st into an input
// error at the statement's position (or at the error's own position within
// it, when the server gives one).
func statementError(st ddl.Statement, err error) error {
	msg := err.Error()
	pos := st.Pos
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		msg = pe.Message + " (SQLSTATE " + pe.Code + ")"
		if pe.Position > 0 {
			pos = offsetPos(st, int(pe.Position))
		}
	}
	return ddl.ErrorList{&ddl.Error{Pos: pos, Msg: "dev database: " + msg}}
}

// offsetPos returns the position of character chars (1-based, as the
// server counts) of statement st.
func offsetPos(st ddl.Statement, chars int) ddl.Pos {
	pos := st.Pos
	i := 0
	for _, r := range st.SQL {
		i++
		if i >= chars {
			break
		}
		if r == '\n' {
			pos.Line++
			pos.Col = 1
		} else {
			pos.Col += len(string(r))
		}
	}
	return pos
}
