package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/plan"
)

// TestPlanOut checks what the txtar cases cannot see: the file --out
// writes holds the JSON plan artifact, the same bytes --format json prints,
// whichever format goes to standard output.
func TestPlanOut(t *testing.T) {
	dir := t.TempDir()
	from := filepath.Join(dir, "old.sql")
	to := filepath.Join(dir, "new.sql")
	writeTestFile(t, from, "CREATE TABLE t (id integer);\n")
	writeTestFile(t, to, "CREATE TABLE t (id bigint PRIMARY KEY, v text);\nCREATE INDEX t_v ON t (v);\n")

	jsonOut := runStrata(t, "plan", "--from", from, "--to", to, "--format", "json")
	var p plan.Plan
	if err := json.Unmarshal([]byte(jsonOut), &p); err != nil {
		t.Fatalf("--format json is not a plan: %v\n%s", err, jsonOut)
	}
	if p.FormatVersion != plan.FormatVersion || len(p.Steps) == 0 || p.From == p.To {
		t.Fatalf("unexpected plan artifact: %+v", p)
	}
	sqlOut := runStrata(t, "plan", "--from", from, "--to", to)
	for _, s := range p.Steps {
		if !strings.Contains(sqlOut, s.SQL) {
			t.Errorf("--format sql lacks step %q:\n%s", s.SQL, sqlOut)
		}
	}

	for _, format := range []string{"sql", "json"} {
		file := filepath.Join(dir, format+".plan.json")
		stdout := runStrata(t, "plan", "--from", from, "--to", to, "--format", format, "--out", file)
		want := sqlOut
		if format == "json" {
			want = jsonOut
		}
		if d := cmp.Diff(want, stdout); d != "" {
			t.Errorf("--format %s --out: standard output differs (-want +got):\n%s", format, d)
		}
		got, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(jsonOut, string(got)); d != "" {
			t.Errorf("--format %s --out: the file differs from --format json (-want +got):\n%s", format, d)
		}
	}
}

// runStrata runs strata with args and returns its standard output; it fails the
// test unless the exit code is 0.
func runStrata(t *testing.T, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := Run(context.Background(), args, strings.NewReader(""), &stdout, &stderr); code != exitOK {
		t.Fatalf("strata %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
	}
	return stdout.String()
}

func writeTestFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
