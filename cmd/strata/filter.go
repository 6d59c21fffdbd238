package main

import (
	"slices"

	"github.com/stratadb/strata/schema"
)

// filterSchemas returns db restricted to the schemas named in keep: the
// schemas themselves and the extensions, enums, sequences and tables that
// live in them. An empty keep returns db unchanged. References to objects
// in other schemas (a foreign key, a sequence's owner) are left as they
// are. db's objects are shared, not copied.
func filterSchemas(db *schema.Database, keep []string) *schema.Database {
	if len(keep) == 0 {
		return db
	}
	in := func(name string) bool { return slices.Contains(keep, name) }
	out := &schema.Database{}
	for _, s := range db.Schemas {
		if in(s.Name) {
			out.Schemas = append(out.Schemas, s)
		}
	}
	for _, e := range db.Extensions {
		if in(e.Schema) {
			out.Extensions = append(out.Extensions, e)
		}
	}
	for _, e := range db.Enums {
		if in(e.Schema) {
			out.Enums = append(out.Enums, e)
		}
	}
	for _, s := range db.Sequences {
		if in(s.Schema) {
			out.Sequences = append(out.Sequences, s)
		}
	}
	for _, t := range db.Tables {
		if in(t.Schema) {
			out.Tables = append(out.Tables, t)
		}
	}
	return out
}
