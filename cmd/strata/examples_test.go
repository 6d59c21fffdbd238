package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/stratadb/strata/internal/pgtest"
)

// examplesDir is the examples directory of the repository.
var examplesDir = filepath.Join("..", "..", "examples")

// yamlDocs decodes every document of the YAML file at path.
func yamlDocs(t *testing.T, path string) []map[string]any {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dec := yaml.NewDecoder(f)
	var docs []map[string]any
	for {
		var doc map[string]any
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s: invalid YAML: %v", path, err)
		}
		if doc != nil {
			docs = append(docs, doc)
		}
	}
	if len(docs) == 0 {
		t.Fatalf("%s: no YAML document", path)
	}
	return docs
}

// yamlAt walks m along keys (map keys, or "0", "1"... for list items).
func yamlAt(v any, keys ...string) any {
	for _, k := range keys {
		switch x := v.(type) {
		case map[string]any:
			v = x[k]
		case []any:
			i := int(k[0] - '0')
			if len(k) != 1 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

// exampleFiles returns the files under examples with one of the suffixes.
func exampleFiles(t *testing.T, suffixes ...string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(examplesDir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		for _, s := range suffixes {
			if !d.IsDir() && strings.HasSuffix(path, s) {
				out = append(out, path)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestExamplesYAML checks that every YAML file under examples parses, that
// Kubernetes objects name their apiVersion, kind and name, and that the
// GitHub workflow has its triggers and jobs.
func TestExamplesYAML(t *testing.T) {
	files := exampleFiles(t, ".yml", ".yaml")
	if len(files) < 4 {
		t.Fatalf("want the workflow, the Job and the two Argo CD hooks under examples, found %q", files)
	}
	for _, path := range files {
		for i, doc := range yamlDocs(t, path) {
			if strings.Contains(path, "github-actions") {
				// yaml.v3 reads the key on as a string (YAML 1.2).
				if doc["on"] == nil || doc["jobs"] == nil {
					t.Errorf("%s: a workflow needs on: and jobs:", path)
				}
				continue
			}
			for _, key := range [][]string{{"apiVersion"}, {"kind"}, {"metadata"}} {
				if yamlAt(doc, key...) == nil {
					t.Errorf("%s: document %d has no %s", path, i+1, key[0])
				}
			}
			if yamlAt(doc, "metadata", "name") == nil && yamlAt(doc, "metadata", "generateName") == nil {
				t.Errorf("%s: document %d has no metadata.name or generateName", path, i+1)
			}
		}
	}
}

// strataLine matches a strata command line of a script or a code block.
var strataLine = regexp.MustCompile(`^\s*(?:\$\s+)?strata\s+([a-z]+)((?:\s+[^\s|;&>]+)*)`)

// TestExamplesCommands checks every strata command line of the examples
// (workflow scripts, the runbook, the Kubernetes args): the command exists
// and every --flag it uses is one its usage documents.
func TestExamplesCommands(t *testing.T) {
	var lines []string
	for _, path := range exampleFiles(t, ".yml", ".yaml", ".md") {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.ReplaceAll(string(data), "\\\n", " ") // shell line continuations
		sc := bufio.NewScanner(strings.NewReader(text))
		code := !strings.HasSuffix(path, ".md") // in markdown, only code blocks
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(strings.TrimSpace(line), "```") {
				code = !code || !strings.HasSuffix(path, ".md")
				continue
			}
			if m := strataLine.FindStringSubmatch(line); code && m != nil {
				lines = append(lines, path+": strata "+m[1]+m[2])
			}
		}
		if strings.HasSuffix(path, ".yaml") {
			for _, args := range jobArgs(t, path) {
				lines = append(lines, path+": strata "+strings.Join(args, " "))
			}
		}
	}
	if len(lines) < 10 {
		t.Fatalf("found only %d strata command lines in examples: %q", len(lines), lines)
	}
	flagRE := regexp.MustCompile(`^--[a-z][a-z-]*`)
	for _, line := range lines {
		where, cmdline, _ := strings.Cut(line, ": strata ")
		fields := strings.Fields(cmdline)
		cmd := lookup(fields[0])
		if cmd == nil {
			t.Errorf("%s: strata %s: no such command", where, fields[0])
			continue
		}
		for _, f := range fields[1:] {
			name := flagRE.FindString(strings.Trim(f, `"'`))
			if name != "" && !strings.Contains(cmd.usage, name+" ") && !strings.Contains(cmd.usage, name+",") && !strings.Contains(cmd.usage, name+"\n") {
				t.Errorf("%s: strata %s: flag %s is not in the command's usage", where, cmd.name, name)
			}
		}
	}
}

// jobArgs returns the args of every container of the Jobs in the YAML file
// at path whose command is strata.
func jobArgs(t *testing.T, path string) [][]string {
	t.Helper()
	var out [][]string
	for _, doc := range yamlDocs(t, path) {
		if doc["kind"] != "Job" {
			continue
		}
		containers, _ := yamlAt(doc, "spec", "template", "spec", "containers").([]any)
		for _, c := range containers {
			cmd, _ := yamlAt(c, "command").([]any)
			if len(cmd) != 1 || cmd[0] != "strata" {
				continue
			}
			var args []string
			for _, a := range yamlAt(c, "args").([]any) {
				args = append(args, strings.TrimSpace(yamlString(a)))
			}
			// Kubernetes expands $(NAME) from the container's env.
			for _, env := range yamlAt(c, "env").([]any) {
				name, _ := yamlAt(env, "name").(string)
				if value, ok := yamlAt(env, "value").(string); ok {
					for i := range args {
						args[i] = strings.ReplaceAll(args[i], "$("+name+")", value)
					}
				}
			}
			out = append(out, args)
		}
	}
	return out
}

func yamlString(v any) string {
	s, _ := v.(string)
	return s
}

// runJob runs the strata command of the Job in the YAML file at path on
// the database dbURL, with /schema read from examples/schema, and fails
// the test unless it exits 0.
func runJob(t *testing.T, path, dbURL string) string {
	t.Helper()
	jobs := jobArgs(t, path)
	if len(jobs) != 1 {
		t.Fatalf("%s: want one strata container, found %d", path, len(jobs))
	}
	schemaDir, err := filepath.Abs(filepath.Join(examplesDir, "schema"))
	if err != nil {
		t.Fatal(err)
	}
	var args []string
	for _, a := range jobs[0] {
		a = strings.ReplaceAll(a, "$(DATABASE_URL)", dbURL)
		if a == "/schema" {
			a = schemaDir
		}
		args = append(args, a)
	}
	var stdout, stderr bytes.Buffer
	if code := Run(context.Background(), args, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("%s: strata %s: exit %d\nstdout:\n%s\nstderr:\n%s", path, strings.Join(args, " "), code, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// TestExamplesRun runs the Kubernetes Job on an empty database and the
// Argo CD hook pair on a database of the previous release: the expand
// phase leaves a schema the previous application still works with, the
// contract phase reaches examples/schema exactly.
func TestExamplesRun(t *testing.T) {
	schemaDir := filepath.Join(examplesDir, "schema")
	t.Run("job", func(t *testing.T) {
		db := pgtest.NewDB(t)
		runJob(t, filepath.Join(examplesDir, "kubernetes", "migrate-job.yaml"), db.URL)
		mustStrata(t, 0, "drift", "--url", db.URL, "--to", schemaDir)
		// A second run (another replica) finds it done.
		if out := runJob(t, filepath.Join(examplesDir, "kubernetes", "migrate-job.yaml"), db.URL); !strings.Contains(out, "up to date") {
			t.Errorf("a second run of the Job was not up to date:\n%s", out)
		}
	})
	// The previous release: examples/schema drops legacy_note and adds the
	// rest.
	previous := filepath.Join(t.TempDir(), "previous.sql")
	if err := os.WriteFile(previous, []byte(`CREATE TYPE task_status AS ENUM ('open', 'done');
CREATE TABLE project (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE task (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, project_id bigint NOT NULL REFERENCES project (id),
    title text NOT NULL, status task_status NOT NULL DEFAULT 'open', legacy_note text);
`), 0o644); err != nil {
		t.Fatal(err)
	}
	// oldApp is what the previous application writes.
	oldApp := func(n string) string {
		return "INSERT INTO project (name) VALUES ('p" + n + "'); INSERT INTO task (project_id, title, legacy_note) SELECT max(id), 't" + n + "', 'n' FROM project"
	}
	t.Run("argocd", func(t *testing.T) {
		db := pgtest.NewDB(t)
		mustStrata(t, 0, "apply", "--url", db.URL, "--to", previous, "--label", "1.4.1", "--auto-approve")
		pgtest.Exec(t, db, oldApp("1"))

		runJob(t, filepath.Join(examplesDir, "argocd", "presync-expand.yaml"), db.URL)
		// The previous application version still works on the expanded
		// schema, and the new one's additions are there.
		pgtest.Exec(t, db, oldApp("2"))
		pgtest.Exec(t, db, "SELECT id, due FROM open_tasks")
		if code := Run(context.Background(), []string{"drift", "--url", db.URL, "--to", schemaDir}, strings.NewReader(""), io.Discard, io.Discard); code != exitDifferences {
			t.Errorf("after the expand phase: drift --to examples/schema exit %d, want 1 (legacy_note is dropped only by contract)", code)
		}

		runJob(t, filepath.Join(examplesDir, "argocd", "postsync-contract.yaml"), db.URL)
		mustStrata(t, 0, "drift", "--url", db.URL, "--to", schemaDir)
		mustStrata(t, 0, "drift", "--url", db.URL) // the latest revision records it
		var n int
		if err := db.Conn.QueryRow(context.Background(), "SELECT count(*) FROM task").Scan(&n); err != nil || n != 2 {
			t.Errorf("task has %d rows (%v) after both phases, want 2", n, err)
		}
	})
	t.Run("rollback", func(t *testing.T) {
		db := pgtest.NewDB(t)
		mustStrata(t, 0, "apply", "--url", db.URL, "--to", previous, "--label", "1.4.1", "--auto-approve")
		mustStrata(t, 0, "apply", "--url", db.URL, "--to", schemaDir, "--label", "1.4.2", "--auto-approve", "--allow-class", "MAJOR")
		pgtest.Exec(t, db, "INSERT INTO project (name) VALUES ('p'); INSERT INTO task (project_id, title, status, due) SELECT max(id), 't', 'archived', '2026-01-01' FROM project")
		out := runJob(t, filepath.Join(examplesDir, "kubernetes", "rollback-job.yaml"), db.URL)
		if !strings.Contains(out, "column public.task.due: nullable, the older version never knew it") {
			t.Errorf("the rollback Job did not say it kept task.due:\n%s", out)
		}
		pgtest.Exec(t, db, oldApp("2")) // the previous application works again
		var n int
		if err := db.Conn.QueryRow(context.Background(), "SELECT count(*) FROM task WHERE due IS NOT NULL AND status = 'archived'").Scan(&n); err != nil || n != 1 {
			t.Errorf("the newer release's row lost its data: %d rows (%v)", n, err)
		}
	})
}
