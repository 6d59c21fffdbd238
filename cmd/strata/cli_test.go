package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/internal/pgtest"
)

var update = flag.Bool("update", false, "rewrite the expected stdout, stderr and exit code in testdata/*.txtar")

// TestCLI runs every case in testdata/*.txtar through Run, in-process.
//
// A case is a txtar archive. Its comment is a description; its files are:
//
//	args      the command line after "strata", split at white space
//	          (required); $WORK is the directory the case's other files
//	          are written to, $DATABASE_URL a fresh database (see db.sql),
//	          $DEV_URL the test server (for --dev-url)
//	db.sql    optional: SQL run on a fresh database before the command
//	before    optional: commands run in order after db.sql and before
//	          args, one per line (variables expanded, output discarded):
//	          "strata ARGS" must exit 0, "! strata ARGS" must not,
//	          "sql STATEMENT" runs STATEMENT on $DATABASE_URL; blank
//	          lines and lines starting with # are skipped
//	stdout    the expected standard output
//	stderr    the expected standard error, with the work directory and the
//	          database URL written as $WORK and $DATABASE_URL, and the Go
//	          version, OS and architecture as $GO
//	exit      the expected exit code (0 when absent)
//
// Every other file is written under $WORK. With -update the expected
// stdout, stderr and exit are rewritten from what Run printed.
func TestCLI(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no cases in testdata/*.txtar")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			t.Parallel()
			runCase(t, file)
		})
	}
}

func runCase(t *testing.T, file string) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	ar := parseTxtar(data)
	work := t.TempDir()
	vars := map[string]string{"$WORK": work, "$GO": runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH}
	for _, f := range ar.files {
		switch f.name {
		case "args", "stdout", "stderr", "exit", "before":
			continue
		case "db.sql":
			db := pgtest.NewDB(t)
			pgtest.Exec(t, db, string(f.data))
			vars["$DATABASE_URL"] = db.URL
			continue
		}
		path := filepath.Join(work, filepath.FromSlash(f.name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	argsFile := ar.file("args")
	if argsFile == nil {
		t.Fatalf("%s: no args file", file)
	}
	if strings.Contains(string(argsFile.data), "$DEV_URL") {
		vars["$DEV_URL"] = pgtest.ServerURL(t) // --dev-url: a server where databases may be created
	}
	if f := ar.file("before"); f != nil {
		runBefore(t, string(f.data), vars)
	}
	var args []string
	for _, a := range strings.Fields(string(argsFile.data)) {
		args = append(args, expand(a, vars))
	}

	var stdout, stderr bytes.Buffer
	code := Run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
	got := map[string]string{
		"stdout": unexpand(stdout.String(), vars),
		"stderr": unexpand(stderr.String(), vars),
		"exit":   strconv.Itoa(code) + "\n",
	}

	if *update {
		for _, name := range []string{"stdout", "stderr", "exit"} {
			ar.set(name, got[name])
		}
		if err := os.WriteFile(file, ar.format(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	for _, name := range []string{"stdout", "stderr", "exit"} {
		want := ""
		if f := ar.file(name); f != nil {
			want = string(f.data)
		} else if name == "exit" {
			want = "0\n"
		}
		if diff := cmp.Diff(want, got[name]); diff != "" {
			t.Errorf("strata %s: %s differs (-want +got):\n%s", strings.Join(args, " "), name, diff)
		}
	}
}

// runBefore runs the lines of a case's before file (see TestCLI).
func runBefore(t *testing.T, script string, vars map[string]string) {
	t.Helper()
	for n, line := range strings.Split(script, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		where := fmt.Sprintf("before:%d: %s", n+1, line)
		if stmt, ok := strings.CutPrefix(line, "sql "); ok {
			url := vars["$DATABASE_URL"]
			if url == "" {
				t.Fatalf("%s: the case has no db.sql, so no $DATABASE_URL", where)
			}
			if err := pgtest.RunPSQL(url, expand(stmt, vars), ""); err != nil {
				t.Fatalf("%s: %v", where, err)
			}
			continue
		}
		wantFail := false
		if rest, ok := strings.CutPrefix(line, "! "); ok {
			wantFail, line = true, rest
		}
		rest, ok := strings.CutPrefix(line, "strata ")
		if !ok {
			t.Fatalf("%s: a line is \"strata ARGS\", \"! strata ARGS\" or \"sql STATEMENT\"", where)
		}
		var args []string
		for _, a := range strings.Fields(rest) {
			args = append(args, expand(a, vars))
		}
		var stdout, stderr bytes.Buffer
		code := Run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
		if (code == 0) == wantFail {
			t.Fatalf("%s: exit %d\nstdout:\n%s\nstderr:\n%s", where, code, stdout.String(), stderr.String())
		}
	}
}

// expand replaces the variables in an argument.
func expand(s string, vars map[string]string) string {
	for k, v := range vars {
		s = strings.ReplaceAll(s, k, v)
	}
	return s
}

// unexpand writes the variables' values in output back as their names,
// longest value first.
func unexpand(s string, vars map[string]string) string {
	for _, k := range []string{"$DATABASE_URL", "$DEV_URL", "$WORK", "$GO"} {
		if v := vars[k]; v != "" {
			s = strings.ReplaceAll(s, v, k)
		}
	}
	return s
}
