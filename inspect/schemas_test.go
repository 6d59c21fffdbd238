package inspect

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/schema"
)

func TestReadSchemasAndFilters(t *testing.T) {
	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, `
		CREATE SCHEMA app;
		COMMENT ON SCHEMA app IS 'the app';
		CREATE SCHEMA "Audit Log";
		CREATE TABLE app.t (a int);
		CREATE TABLE "Audit Log".t (a int);
		CREATE TABLE public.p (a int);
		CREATE EXTENSION pgcrypto SCHEMA app;
	`)
	public := &schema.Schema{Name: "public", Comment: "standard public schema"}
	app := &schema.Schema{Name: "app", Comment: "the app"}
	audit := &schema.Schema{Name: "Audit Log"}
	cases := []struct {
		name       string
		opts       Options
		schemas    []*schema.Schema
		tables     []string
		extensions int
	}{
		{"all", Options{}, []*schema.Schema{audit, app, public}, []string{"Audit Log.t", "app.t", "public.p"}, 1},
		{"include", Options{Schemas: []string{"app"}}, []*schema.Schema{app}, []string{"app.t"}, 1},
		{"exclude", Options{ExcludeSchemas: []string{"app"}}, []*schema.Schema{audit, public}, []string{"Audit Log.t", "public.p"}, 0},
		{"include minus exclude", Options{Schemas: []string{"app", "public"}, ExcludeSchemas: []string{"app"}},
			[]*schema.Schema{public}, []string{"public.p"}, 0},
		{"unknown schema", Options{Schemas: []string{"nope"}}, nil, nil, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cat := rawCatalog(t, db, tc.opts)
			if diff := cmp.Diff(tc.schemas, cat.db.Schemas); diff != "" {
				t.Errorf("schemas (-want +got):\n%s", diff)
			}
			var tables []string
			for _, tr := range cat.tables {
				tables = append(tables, tr.table.Schema+"."+tr.table.Name)
			}
			if diff := cmp.Diff(tc.tables, tables); diff != "" {
				t.Errorf("tables (-want +got):\n%s", diff)
			}
			if len(cat.db.Extensions) != tc.extensions {
				t.Errorf("got %d extensions, want %d", len(cat.db.Extensions), tc.extensions)
			}
		})
	}
}

func TestReadExtensions(t *testing.T) {
	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, `
		CREATE SCHEMA ext;
		CREATE EXTENSION pgcrypto;
		CREATE EXTENSION hstore SCHEMA ext VERSION '1.4';
		CREATE EXTENSION citext;
		COMMENT ON EXTENSION citext IS 'case-insensitive text, our way';
		CREATE EXTENSION pg_trgm;
		COMMENT ON EXTENSION pg_trgm IS NULL;
	`)
	cat := rawCatalog(t, db, Options{})
	// plpgsql lives in pg_catalog and is not modeled; pg_trgm's removed
	// comment cannot be told from the default one.
	want := []*schema.Extension{
		{Name: "citext", Schema: "public", Comment: "case-insensitive text, our way"},
		{Name: "hstore", Schema: "ext", Version: "1.4"},
		{Name: "pg_trgm", Schema: "public"},
		{Name: "pgcrypto", Schema: "public"},
	}
	if diff := cmp.Diff(want, cat.db.Extensions); diff != "" {
		t.Errorf("extensions (-want +got):\n%s", diff)
	}
	// Nothing an extension created is read as a user object.
	if len(cat.db.Enums) != 0 || len(cat.db.Sequences) != 0 || len(cat.tables) != 0 {
		t.Errorf("extension objects leaked: %d enums, %d sequences, %d tables",
			len(cat.db.Enums), len(cat.db.Sequences), len(cat.tables))
	}
}
