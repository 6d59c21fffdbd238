package pgtest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// EnvCorpusDir is the environment variable that names the corpus directory
// (a directory of <name>/schema.sql files). By default it is shared/corpus
// beside the repository.
const EnvCorpusDir = "STRATA_CORPUS_DIR"

// CorpusFile returns the path of corpus name's schema.sql, or skips the test
// with a message saying how to provide the corpus.
func CorpusFile(tb testing.TB, name string) string {
	tb.Helper()
	dir := os.Getenv(EnvCorpusDir)
	if dir == "" {
		// This file is <repo>/internal/pgtest; shared/ sits beside <repo>.
		_, self, _, _ := runtime.Caller(0)
		dir = filepath.Join(filepath.Dir(self), "..", "..", "..", "shared", "corpus")
	}
	file := filepath.Join(dir, name, "schema.sql")
	if _, err := os.Stat(file); err != nil {
		tb.Skipf("no corpus %s at %s: check out shared/ beside the repository or set %s to a directory of <name>/schema.sql files", name, file, EnvCorpusDir)
	}
	return file
}

// CorpusDatabase returns the name of a database on the test server that
// holds the schema in file, loading it (psql -f, autocommit) only when no
// complete copy exists yet. A complete copy carries, as its database comment,
// the SHA-256 of the file it was loaded from, so a changed file is loaded
// again and an interrupted load never counts. The database is kept across
// test runs (GitLab's schema takes 30-90 s to load): read it, or clone it
// with CloneDB, but do not change it.
func CorpusDatabase(tb testing.TB, name, file string) string {
	tb.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		tb.Fatalf("pgtest: reading corpus %s: %v", name, err)
	}
	sum := sha256.Sum256(data)
	marker := "strata corpus " + name + " sha256:" + hex.EncodeToString(sum[:]) + " complete"
	server := ServerURL(tb)
	target := "strata_corpus_" + name
	ok, err := databaseMarked(server, target, marker)
	if err != nil {
		tb.Fatalf("pgtest: corpus %s: %v", name, err)
	}
	if ok {
		return target
	}
	// Load under a temporary name and rename when complete.
	loading := fmt.Sprintf("strata_corpus_%s_loading_%d", name, os.Getpid())
	u := CreateDatabase(tb, loading)
	start := time.Now()
	if err := RunPSQL(u, "", file); err != nil {
		_ = DropDatabase(server, loading)
		tb.Fatalf("pgtest: loading corpus %s: %v", name, err)
	}
	tb.Logf("pgtest: loaded corpus %s into %s in %s", name, target, time.Since(start).Round(time.Millisecond))
	err = serverExec(server,
		"COMMENT ON DATABASE "+pgx.Identifier{loading}.Sanitize()+" IS '"+marker+"'",
		"DROP DATABASE IF EXISTS "+pgx.Identifier{target}.Sanitize()+" WITH (FORCE)",
		"ALTER DATABASE "+pgx.Identifier{loading}.Sanitize()+" RENAME TO "+pgx.Identifier{target}.Sanitize())
	if err != nil {
		_ = DropDatabase(server, loading)
		tb.Fatalf("pgtest: corpus %s: making %s the loaded copy: %v", name, target, err)
	}
	return target
}

// databaseMarked reports whether database name exists on the server and
// carries marker as its comment.
func databaseMarked(server, name, marker string) (bool, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, server)
	if err != nil {
		return false, fmt.Errorf("connecting to the test server: %w", err)
	}
	defer conn.Close(ctx)
	var comment *string
	err = conn.QueryRow(ctx,
		"SELECT pg_catalog.shobj_description(oid, 'pg_database') FROM pg_catalog.pg_database WHERE datname = $1",
		name).Scan(&comment)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("looking up database %s: %w", name, err)
	}
	return comment != nil && *comment == marker, nil
}

// serverExec runs stmts one by one on the server's maintenance database.
func serverExec(server string, stmts ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, server)
	if err != nil {
		return fmt.Errorf("connecting to the test server: %w", err)
	}
	defer conn.Close(ctx)
	for _, s := range stmts {
		if _, err := conn.Exec(ctx, s); err != nil {
			return fmt.Errorf("%s: %w", s, err)
		}
	}
	return nil
}
