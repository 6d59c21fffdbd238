package ddl

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/schema"
)

// TestReferences checks ExprReferences and QueryReferences against the
// cases of testdata/refs/cases.txt.
func TestReferences(t *testing.T) {
	data, err := os.ReadFile("testdata/refs/cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	cases := 0
	for _, block := range strings.Split(string(data), "\n\n") {
		var input, kind string
		want := map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(block), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			key, value, ok := strings.Cut(line, ":")
			if !ok {
				t.Fatalf("testdata/refs/cases.txt: line %q has no key", line)
			}
			value = strings.TrimSpace(value)
			switch key {
			case "expr", "query":
				kind, input = key, value
			default:
				want[key] = value
			}
		}
		if input == "" {
			continue
		}
		cases++
		var r References
		if kind == "expr" {
			r = ExprReferences(input)
		} else {
			r = QueryReferences(input)
		}
		got := map[string]string{}
		add := func(key string, items []string) {
			if len(items) > 0 {
				got[key] = strings.Join(items, ", ")
			}
		}
		add("relations", qnames(r.Relations))
		add("functions", qnames(r.Functions))
		add("types", qnames(r.Types))
		add("operators", qnames(r.Operators))
		var cols []string
		for _, c := range r.Columns {
			prefix := ""
			if c.Table != (schema.QName{}) {
				prefix = c.Table.Schema + "." + c.Table.Name
			}
			cols = append(cols, prefix+"."+c.Column)
		}
		add("columns", cols)
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%s %s: references differ (-want +got):\n%s", kind, input, d)
		}
	}
	if cases < 10 {
		t.Fatalf("read only %d cases", cases)
	}
}

func qnames(qs []schema.QName) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.Schema + "." + q.Name
	}
	return out
}
