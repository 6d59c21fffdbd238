// Package pgtest gives tests a real PostgreSQL: every test that asks gets a
// fresh, empty database of its own, dropped when the test ends.
//
// The server is found, once per test binary, in this order:
//
//  1. the URL in STRATA_TEST_DATABASE_URL (any database on the server; the
//     user must be allowed to CREATE DATABASE);
//  2. a server on 127.0.0.1:5432 accepting user postgres without a password
//     (the Debian package's default with trust authentication);
//  3. a postgres container started with testcontainers-go, when a Docker
//     engine is reachable.
//
// With none of these, tests that need a server fail with a message that says
// how to provide one.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// EnvURL is the environment variable that names the test server.
const EnvURL = "STRATA_TEST_DATABASE_URL"

// localURL is the server tried when EnvURL is not set.
const localURL = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

var (
	findOnce  sync.Once
	serverURL string
	findErr   error
)

// ServerURL returns the URL of the test server's maintenance database, or
// fails the test (with instructions) when no server can be found.
func ServerURL(tb testing.TB) string {
	tb.Helper()
	findOnce.Do(func() { serverURL, findErr = findServer() })
	if findErr != nil {
		tb.Fatalf("pgtest: no PostgreSQL server for tests: %v\n"+
			"Provide one of:\n"+
			"  - %s=postgres://user@host:port/postgres (the user must be able to CREATE DATABASE)\n"+
			"  - a server on 127.0.0.1:5432 that accepts user postgres without a password\n"+
			"    (Debian: apt-get install postgresql; pg_ctlcluster --skip-systemctl-redirect 15 main start)\n"+
			"  - a running Docker engine, for testcontainers-go", findErr, EnvURL)
	}
	return serverURL
}

func findServer() (string, error) {
	if u := os.Getenv(EnvURL); u != "" {
		if err := ping(u); err != nil {
			return "", fmt.Errorf("%s is set but the server does not answer: %w", EnvURL, err)
		}
		return u, nil
	}
	localErr := ping(localURL)
	if localErr == nil {
		return localURL, nil
	}
	u, dockerErr := startContainer()
	if dockerErr == nil {
		return u, nil
	}
	return "", fmt.Errorf("%s is not set; 127.0.0.1:5432: %v; docker: %v", EnvURL, localErr, dockerErr)
}

func ping(u string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	return conn.Ping(ctx)
}

// DB is one fresh database created for a test.
type DB struct {
	// Name is the database name.
	Name string
	// URL connects to it.
	URL string
	// Conn is an open connection to it, closed when the test ends.
	Conn *pgx.Conn
}

// NewDB creates a fresh empty database on the test server and drops it
// (forcibly, disconnecting other sessions) when the test ends.
func NewDB(tb testing.TB) *DB {
	tb.Helper()
	return newDB(tb, "")
}

// CloneDB creates a fresh database as a copy of template (CREATE DATABASE
// ... TEMPLATE), which is how large fixtures are loaded once and reused. The
// template must have no other connections.
func CloneDB(tb testing.TB, template string) *DB {
	tb.Helper()
	return newDB(tb, template)
}

func newDB(tb testing.TB, template string) *DB {
	tb.Helper()
	server := ServerURL(tb)
	name := "strata_test_" + randomSuffix()
	stmt := "CREATE DATABASE " + pgx.Identifier{name}.Sanitize()
	if template != "" {
		stmt += " TEMPLATE " + pgx.Identifier{template}.Sanitize()
	}
	if err := adminExec(server, stmt); err != nil {
		tb.Fatalf("pgtest: %s: %v", stmt, err)
	}
	u, err := WithDatabase(server, name)
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		tb.Fatalf("pgtest: connecting to %s: %v", name, err)
	}
	tb.Cleanup(func() {
		conn.Close(context.Background())
		if os.Getenv("STRATA_TEST_KEEP") != "" {
			tb.Logf("pgtest: kept database %s (STRATA_TEST_KEEP is set)", name)
			return
		}
		if err := DropDatabase(server, name); err != nil {
			tb.Errorf("pgtest: %v", err)
		}
	})
	return &DB{Name: name, URL: u, Conn: conn}
}

// CreateDatabase creates database name on the test server (for fixtures
// shared by several tests, such as a loaded corpus used as a template) and
// returns its URL. The caller drops it with DropDatabase.
func CreateDatabase(tb testing.TB, name string) string {
	tb.Helper()
	server := ServerURL(tb)
	if err := DropDatabase(server, name); err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	if err := adminExec(server, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		tb.Fatalf("pgtest: creating database %s: %v", name, err)
	}
	u, err := WithDatabase(server, name)
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	return u
}

// DropDatabase drops database name on the server at serverURL if it exists,
// disconnecting its sessions.
func DropDatabase(serverURL, name string) error {
	stmt := "DROP DATABASE IF EXISTS " + pgx.Identifier{name}.Sanitize() + " WITH (FORCE)"
	if err := adminExec(serverURL, stmt); err != nil {
		return fmt.Errorf("dropping database %s: %w", name, err)
	}
	return nil
}

func adminExec(serverURL, stmt string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, serverURL)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, stmt)
	return err
}

// WithDatabase returns serverURL with its database replaced by name.
func WithDatabase(serverURL, name string) (string, error) {
	u, err := url.Parse(serverURL)
	if err != nil {
		return "", fmt.Errorf("parsing server URL: %w", err)
	}
	u.Path = "/" + name
	return u.String(), nil
}

// Exec runs sql, which may hold many statements, on db the way psql -f with
// ON_ERROR_STOP does: statement by statement in autocommit mode, stopping at
// the first error. It uses psql (the client is needed for tests; any major
// from 13 on works against any server).
func Exec(tb testing.TB, db *DB, sql string) {
	tb.Helper()
	if err := RunPSQL(db.URL, sql, ""); err != nil {
		tb.Fatalf("pgtest: applying SQL to %s: %v", db.Name, err)
	}
}

// ExecFile runs the SQL file at path on db, as Exec does.
func ExecFile(tb testing.TB, db *DB, path string) {
	tb.Helper()
	if err := RunPSQL(db.URL, "", path); err != nil {
		tb.Fatalf("pgtest: applying %s to %s: %v", path, db.Name, err)
	}
}

// RunPSQL runs psql -X -q -v ON_ERROR_STOP=1 against dbURL with either sql on
// standard input or the file at path. The error carries psql's output.
func RunPSQL(dbURL, sql, path string) error {
	psql, err := exec.LookPath("psql")
	if err != nil {
		return errors.New("psql not found on PATH (Debian: apt-get install postgresql-client)")
	}
	args := []string{"-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", dbURL}
	if path != "" {
		args = append(args, "-f", path)
	}
	cmd := exec.Command(psql, args...)
	cmd.Env = append(os.Environ(), "PGOPTIONS=-c client_min_messages=warning", "PGTZ=UTC")
	if path == "" {
		cmd.Stdin = strings.NewReader(sql)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("psql: %v\n%s", err, out)
	}
	return nil
}

func randomSuffix() string {
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b[:])
}

// Connect opens a connection to the existing database name on the test
// server (a kept corpus database, say), closed when the test ends. Read
// it; do not change it.
func Connect(tb testing.TB, name string) *pgx.Conn {
	tb.Helper()
	u, err := WithDatabase(ServerURL(tb), name)
	if err != nil {
		tb.Fatal(err)
	}
	conn, err := pgx.Connect(context.Background(), u)
	if err != nil {
		tb.Fatalf("pgtest: connecting to %s: %v", name, err)
	}
	tb.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}
