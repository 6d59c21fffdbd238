package ddl

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAllowances(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "schema.sql")
	src := `CREATE TABLE keep (id integer); -- strata:allow LK301 trailing, same line
-- strata:allow DS103,BC402 legacy archived
CREATE TABLE app.users (
    id integer PRIMARY KEY -- strata:allow DD204 inside the statement
);
CREATE INDEX users_id ON app.users (id);
`
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Allowances(file)
	if err != nil {
		t.Fatal(err)
	}
	type short struct{ Code, Object, Reason string }
	var gs []short
	for _, a := range got {
		gs = append(gs, short{a.Code, a.Object, a.Reason})
	}
	want := []short{
		{"LK301", "public.keep", "trailing, same line"},
		{"DS103", "app.users", "legacy archived"},
		{"BC402", "app.users", "legacy archived"},
		{"DD204", "app.users", "inside the statement"},
	}
	if d := cmp.Diff(want, gs); d != "" {
		t.Errorf("Allowances (-want +got):\n%s", d)
	}

	bad := filepath.Join(dir, "bad.sql")
	if err := os.WriteFile(bad, []byte("-- strata:allow DS103 why\nSET search_path = app;\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var list ErrorList
	if _, err := Allowances(bad); !errors.As(err, &list) || len(list) != 1 {
		t.Errorf("an allowance on SET: got %v, want one positioned error", err)
	}
}
