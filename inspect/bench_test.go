package inspect

import (
	"context"
	"runtime"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/internal/pgtest"
)

// connectGitLab connects, with a statement counter, to a database holding
// GitLab's schema from the corpus (loaded once by pgtest.CorpusDatabase and
// kept across runs), or skips the benchmark when the corpus is absent.
func connectGitLab(b *testing.B) (*pgx.Conn, *queryCounter) {
	b.Helper()
	u := gitLabURL(b)
	cfg, err := pgx.ParseConfig(u)
	if err != nil {
		b.Fatal(err)
	}
	counter := &queryCounter{}
	cfg.Tracer = counter
	conn, err := pgx.ConnectConfig(context.Background(), cfg)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { conn.Close(context.Background()) })
	return conn, counter
}

// gitLabURL returns the URL of the database holding GitLab's schema.
func gitLabURL(b *testing.B) string {
	b.Helper()
	name := pgtest.CorpusDatabase(b, "gitlab", pgtest.CorpusFile(b, "gitlab"))
	u, err := pgtest.WithDatabase(pgtest.ServerURL(b), name)
	if err != nil {
		b.Fatal(err)
	}
	return u
}

// BenchmarkLiveGitLab inspects GitLab's schema (1,401 tables, 6,040
// indexes, 13,940 columns) and reports the statements sent per inspection
// and the heap the resulting model keeps.
func BenchmarkLiveGitLab(b *testing.B) {
	conn, counter := connectGitLab(b)
	ctx := context.Background()
	b.ReportAllocs()
	var tables int
	for b.Loop() {
		db, err := Live(ctx, conn, Options{})
		if err != nil {
			b.Fatal(err)
		}
		tables = len(db.Tables)
	}
	b.ReportMetric(float64(counter.n.Load())/float64(b.N), "queries/op")
	b.ReportMetric(float64(tables), "tables")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapSys)/(1<<20), "heap-sys-MiB")
}

// BenchmarkCatalogGitLab runs only the catalog queries of Live on GitLab's
// schema, without converting printed DDL, to tell server time from parse
// time.
func BenchmarkCatalogGitLab(b *testing.B) {
	conn, counter := connectGitLab(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := readCatalog(ctx, tx, nil, Options{}, nil); err != nil {
			b.Fatal(err)
		}
		if err := tx.Rollback(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(counter.n.Load())/float64(b.N), "queries/op")
}
