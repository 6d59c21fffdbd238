package inspect

import (
	"strings"
	"testing"
)

func TestQueryVariants(t *testing.T) {
	for _, name := range []string{"session", "schemas", "extensions", "enums", "sequences", "tables", "columns", "constraints", "indexes"} {
		for major := minMajor; major <= 18; major++ {
			if _, err := query(name, major); err != nil {
				t.Errorf("query %s on PostgreSQL %d: %v", name, major, err)
			}
		}
	}
	if n := len(catalog) - 1; n != catalogQueries { // all but "session"
		t.Errorf("queries.sql has %d catalog queries, catalogQueries says %d", n, catalogQueries)
	}
	for major, want := range map[int]bool{13: false, 14: true, 18: true} {
		sql, _ := query("columns", major)
		if got := strings.Contains(sql, "a.attcompression"); got != want {
			t.Errorf("columns on PostgreSQL %d reads attcompression: %v, want %v", major, got, want)
		}
	}
	if _, err := query("columns", 12); err == nil {
		t.Errorf("columns on PostgreSQL 12: want an error")
	}
	if _, err := parseQueries("-- name: x (fourteen)\nSELECT 1"); err == nil {
		t.Errorf("bad major version accepted")
	}
}
