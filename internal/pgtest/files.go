package pgtest

import (
	"path/filepath"
	"runtime"
	"testing"
)

// RoundTripFiles returns the paths of testdata/roundtrip/*.sql, the cases
// of the round-trip invariant, sorted; it fails the test when there are
// none.
func RoundTripFiles(tb testing.TB) []string {
	tb.Helper()
	_, self, _, _ := runtime.Caller(0)
	// This file is <repo>/internal/pgtest/files.go.
	dir := filepath.Join(filepath.Dir(self), "..", "..", "testdata", "roundtrip")
	files, err := filepath.Glob(filepath.Join(dir, "*.sql"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) == 0 {
		tb.Fatalf("no round-trip cases in %s", dir)
	}
	return files
}
