package lint_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/lint"
	"github.com/stratadb/strata/plan"
	"github.com/stratadb/strata/schema"
)

// TestUnclassified: a step without a change gets the conservative
// default.
func TestUnclassified(t *testing.T) {
	p := &plan.Plan{Steps: []plan.Step{{SQL: "SELECT 1", Object: "x", Kind: "custom", Transactional: true}}}
	r := lint.Check(p, lint.Options{})
	if r.Class != lint.Major || r.ForwardCompatible || len(r.Findings) != 1 || r.Findings[0].Code != lint.UnclassifiedChange {
		t.Fatalf("got class %s, forward %v, findings %+v; want MAJOR, false, one UN001", r.Class, r.ForwardCompatible, r.Findings)
	}
}

// TestAccessMethod covers LK312, which needs a second table access method
// (PostgreSQL ships only heap).
func TestAccessMethod(t *testing.T) {
	from := &schema.Table{Schema: "public", Name: "t", Columns: []*schema.Column{{Name: "id", Type: "integer"}}}
	to := *from
	to.AccessMethod = "columnar"
	c := diff.AlterTable{From: from, To: &to, Change: diff.TableAccessMethod}
	p := &plan.Plan{Steps: []plan.Step{{SQL: "ALTER TABLE public.t SET ACCESS METHOD columnar", Object: "public.t", Kind: "alter table", Transactional: true, Change: c}}}
	r := lint.Check(p, lint.Options{})
	if r.Class != lint.Patch || len(r.Findings) != 1 || r.Findings[0].Code != lint.AccessMethodRewrite {
		t.Fatalf("got class %s, findings %+v; want PATCH and LK312", r.Class, r.Findings)
	}
}

// TestConcurrentIndex: an index built CONCURRENTLY (a non-transactional
// step) gives no LK301.
func TestConcurrentIndex(t *testing.T) {
	a := &schema.Database{Tables: []*schema.Table{{Schema: "public", Name: "t", Columns: []*schema.Column{{Name: "v", Type: "text"}}}}}
	b := &schema.Database{Tables: []*schema.Table{{Schema: "public", Name: "t", Columns: []*schema.Column{{Name: "v", Type: "text"}},
		Indexes: []*schema.Index{{Name: "t_v", Method: "btree", Keys: []schema.IndexKey{{Column: "v"}}}}}}}
	for _, conc := range []bool{false, true} {
		p, err := plan.Build(diff.Compare(a, b), plan.Options{Concurrently: conc})
		if err != nil {
			t.Fatal(err)
		}
		r := lint.Check(p, lint.Options{})
		if got := len(r.Findings) == 1 && r.Findings[0].Code == lint.IndexNotConcurrent; got == conc {
			t.Errorf("concurrently %v: findings %+v", conc, r.Findings)
		}
	}
}

// TestArtifactRoundTrip: a plan written as JSON and read back lints the
// same (the artifact carries the typed changes).
func TestArtifactRoundTrip(t *testing.T) {
	for _, name := range []string{"column_drop", "table_new_with_constraints", "unique_add", "partition_attach", "enum_value_remove", "privileges_revoke", "view_columns_change"} {
		dir := filepath.Join(casesDir, name)
		p := parsePlan(t, filepath.Join(dir, "old.sql"), filepath.Join(dir, "new.sql"))
		want := lint.Check(p, lint.Options{})
		lint.Annotate(p, want)
		data, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		q, err := plan.ReadJSON(data)
		if err != nil {
			t.Fatal(err)
		}
		got := lint.Check(q, lint.Options{})
		if d := cmp.Diff(lint.Summarize(p, want), lint.Summarize(q, got)); d != "" {
			t.Errorf("%s: linting the artifact differs (-plan +artifact):\n%s", name, d)
		}
	}
}

// TestFails checks the fail-on levels and that allowed findings never
// count.
func TestFails(t *testing.T) {
	dir := filepath.Join(casesDir, "column_drop_allowed")
	p := parsePlan(t, filepath.Join(dir, "old.sql"), filepath.Join(dir, "new.sql"))
	r := lint.Check(p, lint.Options{})
	for level, want := range map[string]bool{"error": true, "warning": true, "MAJOR": true, "MINOR": true, "PATCH": true} {
		if got := r.Fails(level); got != want {
			t.Errorf("without allowances, Fails(%s) = %v, want %v", level, got, want)
		}
	}
	allowed := lint.Check(p, lint.Options{Allow: []lint.Allowance{
		{Code: lint.DropColumn, Object: "public.users", Reason: "archived"},
		{Code: lint.ColumnRemoved, Object: "public.users", Reason: "archived"},
	}})
	for _, level := range []string{"error", "warning", "MAJOR", "MINOR"} {
		if allowed.Fails(level) {
			t.Errorf("with every finding allowed, Fails(%s) = true", level)
		}
	}
	disabled := lint.Check(p, lint.Options{Disabled: []string{lint.DropColumn}, Severity: map[string]lint.Severity{lint.ColumnRemoved: lint.Info}})
	if disabled.Fails("warning") || len(disabled.Findings) != 1 {
		t.Errorf("disabled DS103 and BC402 as info: findings %+v", disabled.Findings)
	}
}

func TestConfig(t *testing.T) {
	c, err := lint.ParseConfig([]byte(`{"disable": ["LK302"], "severity": {"DS106": "error"}, "fail_on": "MAJOR"}`))
	if err != nil {
		t.Fatal(err)
	}
	o := c.Options()
	if o.Disabled[0] != "LK302" || o.Severity["DS106"] != lint.Error || c.FailOn != "MAJOR" {
		t.Errorf("got %+v", c)
	}
	for _, bad := range []string{`{"disable": ["XX1"]}`, `{"severity": {"DS106": "loud"}}`, `{"fail_on": "info"}`, `{"other": 1}`} {
		if _, err := lint.ParseConfig([]byte(bad)); err == nil {
			t.Errorf("ParseConfig(%s) succeeded", bad)
		}
	}
}

// TestEveryCodeDocumentedAndTested: docs/lint.md has a section for every
// code, and every code is expected by a case of testdata/lint or checked
// by a unit test here.
func TestEveryCodeDocumentedAndTested(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "lint.md"))
	if err != nil {
		t.Fatal(err)
	}
	var expects strings.Builder
	for _, name := range lintCases(t) {
		data, err := os.ReadFile(filepath.Join(casesDir, name, "expect"))
		if err != nil {
			t.Fatal(err)
		}
		expects.Write(data)
	}
	unit := map[string]bool{lint.UnclassifiedChange: true, lint.AccessMethodRewrite: true}
	for _, r := range lint.Rules() {
		if !strings.Contains(string(doc), "#### "+r.Code+" ") {
			t.Errorf("docs/lint.md has no section for %s", r.Code)
		}
		if !unit[r.Code] && !strings.Contains(expects.String(), " "+r.Code) {
			t.Errorf("no case of testdata/lint expects %s", r.Code)
		}
	}
}
