package hcl_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratadb/strata/hcl"
	"github.com/stratadb/strata/schema"
)

// FuzzParse feeds arbitrary bytes to the HCL reader: it must never panic
// (an internal error is a failure too), and whatever it accepts must
// survive Write and Parse unchanged. Without -fuzz only the seed corpus
// (every file under testdata/hcl) runs.
func FuzzParse(f *testing.F) {
	_, err := os.Stat(filepath.Join("..", "testdata", "hcl"))
	if err != nil {
		f.Fatal(err)
	}
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "hcl", "*", "*.hcl"))
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		db, err := hcl.ParseSources(hcl.Options{Vars: map[string]string{}}, hcl.File{Name: "fuzz.hcl", Src: src})
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("Parse: %v", err)
			}
			return
		}
		out, err := hcl.Write(db)
		if err != nil {
			t.Fatalf("Write of an accepted input: %v", err)
		}
		again, err := hcl.ParseSources(hcl.Options{}, hcl.File{Name: "written.hcl", Src: out})
		if err != nil {
			t.Fatalf("Parse of the written HCL: %v\n%s", err, out)
		}
		a, _ := schema.MarshalCanonical(db)
		b, _ := schema.MarshalCanonical(again)
		if string(a) != string(b) {
			t.Fatalf("model changed through Write and Parse:\n%s\n%s\nHCL:\n%s", a, b, out)
		}
	})
}
