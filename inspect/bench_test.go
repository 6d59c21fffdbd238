package inspect

import (
	"context"
	"runtime"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/internal/pgtest"
)

// gitLabBenchDB is the database BenchmarkLiveGitLab reads. Load it once with
//
//	createdb -h 127.0.0.1 -U postgres strata_bench_gitlab
//	psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d strata_bench_gitlab \
//	    -f ../shared/corpus/gitlab/schema.sql
const gitLabBenchDB = "strata_bench_gitlab"

// connectGitLab connects to the GitLab benchmark database with a statement
// counter, or skips the benchmark when the database does not exist.
func connectGitLab(b *testing.B) (*pgx.Conn, *queryCounter) {
	b.Helper()
	ctx := context.Background()
	server := pgtest.ServerURL(b)
	admin, err := pgx.Connect(ctx, server)
	if err != nil {
		b.Fatal(err)
	}
	var exists bool
	err = admin.QueryRow(ctx, "SELECT EXISTS (SELECT FROM pg_database WHERE datname = $1)", gitLabBenchDB).Scan(&exists)
	admin.Close(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if !exists {
		b.Skipf("database %s does not exist on the test server; load it with "+
			"createdb %[1]s && psql -X -q -v ON_ERROR_STOP=1 -d %[1]s -f ../shared/corpus/gitlab/schema.sql", gitLabBenchDB)
	}
	u, err := pgtest.WithDatabase(server, gitLabBenchDB)
	if err != nil {
		b.Fatal(err)
	}
	cfg, err := pgx.ParseConfig(u)
	if err != nil {
		b.Fatal(err)
	}
	counter := &queryCounter{}
	cfg.Tracer = counter
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { conn.Close(context.Background()) })
	return conn, counter
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
		if _, err := readCatalog(ctx, tx, Options{}, nil); err != nil {
			b.Fatal(err)
		}
		if err := tx.Rollback(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(counter.n.Load())/float64(b.N), "queries/op")
}
