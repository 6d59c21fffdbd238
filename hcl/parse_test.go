package hcl_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/hcl"
	"github.com/stratadb/strata/schema"
)

// TestParseMergesFiles declares a foreign key in one file to a table of
// another that comes later: files are one schema, and references point
// anywhere in it.
func TestParseMergesFiles(t *testing.T) {
	orders := hcl.File{Name: "a_orders.hcl", Src: []byte(`
table "orders" {
  schema = schema.app
  column "user_id" {
    type = integer
  }
  foreign_key "orders_user_fk" {
    columns     = [column.user_id]
    ref_columns = [table.users.column.id]
  }
}
`)}
	users := hcl.File{Name: "b_users.hcl", Src: []byte(`
schema "app" {}

table "users" {
  schema = schema.app
  column "id" {
    type = integer
  }
}
`)}
	db, err := hcl.ParseSources(hcl.Options{}, orders, users)
	if err != nil {
		t.Fatal(err)
	}
	if len(db.Tables) != 2 {
		t.Fatalf("got %d tables, want 2", len(db.Tables))
	}
	fk := db.Tables[0].Constraint("orders_user_fk")
	if fk == nil {
		t.Fatalf("no orders_user_fk on %s", db.Tables[0].QName())
	}
	if want := (schema.QName{Schema: "app", Name: "users"}); fk.RefTable == nil || *fk.RefTable != want ||
		!cmp.Equal(fk.RefColumns, []string{"id"}) {
		t.Fatalf("foreign key references %v %v, want %v [id]", fk.RefTable, fk.RefColumns, want)
	}
	// The order of the files does not matter.
	again, err := hcl.ParseSources(hcl.Options{}, users, orders)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(canonicalJSON(t, db), canonicalJSON(t, again)); d != "" {
		t.Fatalf("file order changed the model (-a,b +b,a):\n%s", d)
	}
}

// TestParseDirectory reads a directory recursively: its .hcl files only,
// in path order, and reports errors of every file sorted by file and
// position.
func TestParseDirectory(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("schema.hcl", "schema \"public\" {}\n")
	write("tables/t.hcl", "table \"t\" {\n  schema = schema.public\n  column \"a\" {\n    type = integer\n  }\n}\n")
	write("notes.txt", "not HCL: ignored")
	files, err := hcl.Files(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{filepath.Join(dir, "schema.hcl"), filepath.Join(dir, "tables", "t.hcl")}; !cmp.Equal(files, want) {
		t.Fatalf("Files = %v, want %v", files, want)
	}
	db, err := hcl.Parse(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(db.Tables) != 1 || db.Tables[0].Column("a") == nil || !db.Tables[0].Column("a").NotNull {
		t.Fatalf("unexpected model: %s", canonicalJSON(t, db))
	}

	write("tables/u.hcl", "table \"u\" {\n  schema = schema.nope\n}\n")
	write("a.hcl", "table \"v\" {\n  colum \"x\" {}\n}\n")
	_, err = hcl.Parse(dir)
	var list hcl.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("want an hcl.ErrorList, got %v", err)
	}
	want := []string{
		filepath.Join(dir, "a.hcl") + `:2:3: table "v": unknown block "colum"`,
		filepath.Join(dir, "tables", "u.hcl") + `:2:12: table "u": unknown schema "nope" (declare it with a schema "nope" {} block)`,
	}
	var got []string
	for _, e := range list {
		got = append(got, e.Error())
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("errors (-want +got):\n%s", d)
	}
}

// TestWriteStable writes the same model twice from differently ordered
// lists: the bytes are the same (Write sorts what it prints).
func TestWriteStable(t *testing.T) {
	a := &schema.Database{
		Schemas: []*schema.Schema{{Name: "public"}, {Name: "app"}},
		Enums: []*schema.Enum{
			{Schema: "public", Name: "b", Values: []string{"x"}},
			{Schema: "app", Name: "a", Values: []string{"y", "z"}},
		},
	}
	b := &schema.Database{
		Schemas: []*schema.Schema{{Name: "app"}, {Name: "public"}},
		Enums: []*schema.Enum{
			{Schema: "app", Name: "a", Values: []string{"y", "z"}},
			{Schema: "public", Name: "b", Values: []string{"x"}},
		},
	}
	x, err := hcl.Write(a)
	if err != nil {
		t.Fatal(err)
	}
	y, err := hcl.Write(b)
	if err != nil {
		t.Fatal(err)
	}
	want := `schema "app" {}

schema "public" {}

enum "a" {
  schema = schema.app
  values = ["y", "z"]
}

enum "b" {
  schema = schema.public
  values = ["x"]
}
`
	if d := cmp.Diff(want, string(x)); d != "" {
		t.Fatalf("Write (-want +got):\n%s", d)
	}
	if string(x) != string(y) {
		t.Fatalf("the order of the lists changed the output:\n%s\n%s", x, y)
	}
}
