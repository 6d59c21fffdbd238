package diff

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/schema"
)

// TestEveryChangeRegistered: every type of this package with an isChange
// method is in changeTypes (so that plan artifacts carry it and lint can
// invert it).
func TestEveryChangeRegistered(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^func \((\w+)\) isChange\(\)`)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(data), -1) {
			if _, ok := ZeroChange(m[1]); !ok {
				t.Errorf("%s: change type %s is missing from changeTypes (diff/encoding.go)", f, m[1])
			}
		}
	}
}

func TestEncodeDecode(t *testing.T) {
	a := &schema.Database{Tables: []*schema.Table{{Schema: "public", Name: "t", Columns: []*schema.Column{{Name: "a", Type: "integer"}}}}}
	b := &schema.Database{Tables: []*schema.Table{{Schema: "public", Name: "t", Columns: []*schema.Column{{Name: "a", Type: "bigint", NotNull: true}, {Name: "b", Type: "text"}}}}}
	for _, c := range Compare(a, b).List {
		raw, err := EncodeChange(c)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeChange(raw)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(c, got); d != "" {
			t.Errorf("decode(encode(%s)) differs:\n%s", c, d)
		}
	}
}
